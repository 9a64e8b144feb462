select case when (substr(approved.period, 1, 4) <> substr(cast($1 as text), 1, 4)
  and exists (
    select "qy"."id"
    from "quarterly_plans" as "qy"
    where "qy"."item_id" = "items"."id"
      and "qy"."basis" = $2
      and "qy"."period" >= substr(approved.period, 1, 4) || 'Q1'
      and "qy"."period" <= substr(approved.period, 1, 4) || 'Q4'
  )) then 1 else 0 end as "approved_year_is_annual",
  "approved"."id" as "approved_id",
  "approved"."period" as "approved_period",
  "approved"."progress_state" as "approved_progress_state",
  "approved"."completion_bp" as "approved_completion_bp",
  "approved"."override_status" as "approved_override_status",
  "approved"."override_reason" as "approved_override_reason",
  "current"."id" as "current_id",
  "current"."state" as "current_state",
  "current"."submitted_at" as "current_submitted_at",
  "current"."quality_rating" as "current_quality_rating",
  "plan_up_to"."period" as "plan_up_to_period",
  "plan_up_to"."cumulative_bp" as "plan_up_to_bp",
  "plan_after"."period" as "plan_after_period",
  "plan_after"."cumulative_bp" as "plan_after_bp",
  "year_up_to"."period" as "year_up_to_period",
  "year_up_to"."cumulative_bp" as "year_up_to_bp",
  "year_after"."period" as "year_after_period",
  "year_after"."cumulative_bp" as "year_after_bp",
  "items"."id",
  "items"."code",
  "items"."title",
  "items"."start_date",
  "items"."deadline",
  "items"."area_id",
  "items"."lead_department_id",
  "items"."leader_person_id",
  "areas"."code" as "area_code",
  "areas"."numeral" as "area_numeral",
  "areas"."title" as "area_title",
  "areas"."sort_order" as "area_sort_order",
  "lead"."short_name" as "lead_department_short_name",
  "leader"."name" as "leader_name"
from "items"
left join "progress_reports" as "approved" on "approved"."id" = (
  select "r"."id"
  from "progress_reports" as "r"
  where "r"."item_id" = "items"."id"
    and "r"."state" = $3
    and "r"."period" <= $4
  order by "r"."period" desc
  limit $5
)
left join "progress_reports" as "current" on "current"."item_id" = "items"."id"
  and "current"."period" = $6
left join "quarterly_plans" as "plan_up_to" on "plan_up_to"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" <= $7
    and "q"."cumulative_bp" is not null
    and ("q"."basis" is null
      or "q"."basis" <> $8)
  order by "q"."period" desc
  limit $9
)
left join "quarterly_plans" as "plan_after" on "plan_after"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" > $10
    and "q"."cumulative_bp" is not null
    and ("q"."basis" is null
      or "q"."basis" <> $11)
  order by "q"."period" asc
  limit $12
)
left join "quarterly_plans" as "year_up_to" on "year_up_to"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" <= $13
    and "q"."cumulative_bp" is not null
    and "q"."basis" = $14
    and "q"."period" >= substr(cast($15 as text), 1, 4) || 'Q1'
  order by "q"."period" desc
  limit $16
)
left join "quarterly_plans" as "year_after" on "year_after"."id" = (
  select "q"."id"
  from "quarterly_plans" as "q"
  where "q"."item_id" = "items"."id"
    and "q"."period" > $17
    and "q"."cumulative_bp" is not null
    and "q"."basis" = $18
    and "q"."period" <= substr(cast($19 as text), 1, 4) || 'Q4'
  order by "q"."period" asc
  limit $20
)
left join "areas" on "areas"."id" = "items"."area_id"
left join "departments" as "lead" on "lead"."id" = "items"."lead_department_id"
left join "people" as "leader" on "leader"."id" = "items"."leader_person_id"
where "items"."plan_id" = $21
  and not exists (
    select "ri"."id"
    from "indicators" as "ri"
    where "ri"."item_id" = "items"."id"
      and "ri"."retired_at" is not null
  )
order by "areas"."sort_order",
  "items"."code";
-- parameters: ["2026Q3","annual","approved","2026Q3",1,"2026Q3","2026Q3","annual",1,"2026Q3","annual",1,"2026Q3","annual","2026Q3",1,"2026Q3","annual","2026Q3",1,1]
