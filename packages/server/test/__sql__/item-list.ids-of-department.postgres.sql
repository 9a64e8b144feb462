select "items"."id",
  (
    select count(*) as "total"
    from "items"
    where "items"."plan_id" = $1
      and ("items"."lead_department_id" = $2
        or "items"."id" = any(array((
          select "cd"."item_id"
          from "item_co_departments" as "cd"
          where "cd"."department_id" = $3
        ))))
      and exists (
        select "li"."item_id"
        from "ledger_items" as "li"
        inner join "ledgers" as "l" on "l"."id" = "li"."ledger_id"
        where "li"."item_id" = "items"."id"
          and "l"."kind" = $4
      )
      and exists (
        select "a"."id"
        from "areas" as "a"
        where "a"."id" = "items"."area_id"
          and "a"."code" = $5
      )
      and ("items"."lead_department_id" is null
        or "items"."leader_person_id" is null)
      and not exists (
        select "ri"."id"
        from "indicators" as "ri"
        where "ri"."item_id" = "items"."id"
          and "ri"."retired_at" is not null
      )
  ) as "total"
from "items"
where "items"."plan_id" = $6
  and ("items"."lead_department_id" = $7
    or "items"."id" = any(array((
      select "cd"."item_id"
      from "item_co_departments" as "cd"
      where "cd"."department_id" = $8
    ))))
  and exists (
    select "li"."item_id"
    from "ledger_items" as "li"
    inner join "ledgers" as "l" on "l"."id" = "li"."ledger_id"
    where "li"."item_id" = "items"."id"
      and "l"."kind" = $9
  )
  and exists (
    select "a"."id"
    from "areas" as "a"
    where "a"."id" = "items"."area_id"
      and "a"."code" = $10
  )
  and ("items"."lead_department_id" is null
    or "items"."leader_person_id" is null)
  and not exists (
    select "ri"."id"
    from "indicators" as "ri"
    where "ri"."item_id" = "items"."id"
      and "ri"."retired_at" is not null
  )
order by "items"."deadline" desc,
  "items"."code",
  "items"."id"
limit $11
offset $12;
-- parameters: [1,7,7,"province_key_tasks","3",1,7,7,"province_key_tasks","3",50,0]
