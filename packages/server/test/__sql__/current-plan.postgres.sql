select *
from "plans"
where "organisation_id" = $1
order by "start_year" desc,
  "id" desc;
-- parameters: [3]
