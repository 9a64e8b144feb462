select "items"."id",
  (
    select count(*) as "total"
    from "items"
    where "items"."plan_id" = ?
      and "items"."id" in (?, ?, ?)
  ) as "total"
from "items"
where "items"."plan_id" = ?
  and "items"."id" in (?, ?, ?)
order by "items"."updated_at" asc,
  "items"."code",
  "items"."id"
limit ?
offset ?;
-- parameters: [1,11,12,13,1,11,12,13,50,0]
