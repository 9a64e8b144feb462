select "items"."id"
from "items"
left join "areas" on "areas"."id" = "items"."area_id"
where "items"."plan_id" = $1
  and "items"."search_text" like $2 escape '\'
  and not exists (
    select "ri"."id"
    from "indicators" as "ri"
    where "ri"."item_id" = "items"."id"
      and "ri"."retired_at" is not null
  )
order by "areas"."sort_order" asc,
  "items"."code" asc,
  "items"."id";
-- parameters: [1,"%节能降碳%"]
