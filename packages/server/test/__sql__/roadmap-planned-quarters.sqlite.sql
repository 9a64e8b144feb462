select "q"."item_id",
  "q"."period"
from "quarterly_plans" as "q"
inner join "items" on "items"."id" = "q"."item_id"
where "items"."plan_id" = ?
  and "q"."period" in (?, ?, ?, ?)
  and ("q"."milestone" is not null
    or "q"."cumulative_bp" is not null)
order by "q"."period",
  "q"."item_id";
-- parameters: [1,"2026Q1","2026Q2","2026Q3","2026Q4"]
