select "q"."item_id",
  "q"."milestone",
  "q"."cumulative_bp"
from "quarterly_plans" as "q"
inner join "items" on "items"."id" = "q"."item_id"
where "items"."plan_id" = $1
  and "items"."area_id" = $2
  and "q"."period" = $3
  and ("q"."milestone" is not null
    or "q"."cumulative_bp" is not null)
order by "items"."code",
  "q"."item_id";
-- parameters: [1,3,"2026Q3"]
