import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\nset_time_limit(300);",
    "<?php\nini_set('memory_limit', '512M');",
    "<?php\n// set_time_limit(0) would let this run forever\n$s = \"ini_set('memory_limit', '-1')\";",
    "<?php\nini_set('display_errors', '0');",
    "<?php\n$job->set_time_limit(0);",
  ],
  invalid: [
    { code: "<?php\nset_time_limit(0);", line: 2 },
    { code: "<?php\nini_set('memory_limit', '-1');", line: 2 },
    { code: "<?php\nini_set('max_execution_time', 0);", line: 2 },
    { code: "<?php\nconst UNLIMITED = -1;\nini_set('memory_limit', UNLIMITED);", line: 3 },
  ],
})
