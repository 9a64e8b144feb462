select "items"."id",
  (
    select count(*) as "total"
    from "items"
    where "items"."plan_id" = ?
      and ("items"."lead_department_id" = ?
        or "items"."id" in (
          select "cd"."item_id"
          from "item_co_departments" as "cd"
          where "cd"."department_id" = ?
        ))
      and exists (
        select "li"."item_id"
        from "ledger_items" as "li"
        inner join "ledgers" as "l" on "l"."id" = "li"."ledger_id"
        where "li"."item_id" = "items"."id"
          and "l"."kind" = ?
      )
      and exists (
        select "a"."id"
        from "areas" as "a"
        where "a"."id" = "items"."area_id"
          and "a"."code" = ?
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
where "items"."plan_id" = ?
  and ("items"."lead_department_id" = ?
    or "items"."id" in (
      select "cd"."item_id"
      from "item_co_departments" as "cd"
      where "cd"."department_id" = ?
    ))
  and exists (
    select "li"."item_id"
    from "ledger_items" as "li"
    inner join "ledgers" as "l" on "l"."id" = "li"."ledger_id"
    where "li"."item_id" = "items"."id"
      and "l"."kind" = ?
  )
  and exists (
    select "a"."id"
    from "areas" as "a"
    where "a"."id" = "items"."area_id"
      and "a"."code" = ?
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
limit ?
offset ?;
-- parameters: [1,7,7,"province_key_tasks","3",1,7,7,"province_key_tasks","3",50,0]
