select "items"."id",
  (
    select count(*) as "total"
    from "items"
    where "items"."plan_id" = $1
      and not exists (
        select "ri"."id"
        from "indicators" as "ri"
        where "ri"."item_id" = "items"."id"
          and "ri"."retired_at" is not null
      )
  ) as "total"
from "items"
left join "areas" on "areas"."id" = "items"."area_id"
where "items"."plan_id" = $2
  and not exists (
    select "ri"."id"
    from "indicators" as "ri"
    where "ri"."item_id" = "items"."id"
      and "ri"."retired_at" is not null
  )
order by "areas"."sort_order" asc,
  "items"."code" asc,
  "items"."id"
limit $3
offset $4;
-- parameters: [1,1,50,0]
