select "items"."id",
  (
    select count(*) as "total"
    from "items"
    where "items"."plan_id" = $1
      and "items"."id" in ($2, $3, $4)
  ) as "total"
from "items"
where "items"."plan_id" = $5
  and "items"."id" in ($6, $7, $8)
order by "items"."updated_at" asc,
  "items"."code",
  "items"."id"
limit $9
offset $10;
-- parameters: [1,11,12,13,1,11,12,13,50,0]
