import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$orders = DB::select('SELECT id FROM orders WHERE status = ?', [$status]);",
    "<?php\n$posts = Post::whereRaw('MATCH(title) AGAINST (? IN BOOLEAN MODE)', [$term])->get();",
    "<?php\n$n = DB::table('orders')->whereIn('id', $ids)->update(['status' => 'closed']);",
    "<?php\n// DB::statement('DROP TABLE ' . $t) would be bad\n$s = 'DB::select($sql)';",
    "<?php\n$rows = DB::table('users')->select('id', 'name')->get();",
    "<?php\n$q = $query->orderByRaw('created_at DESC');",
  ],
  invalid: [
    { code: "<?php\n$orders = DB::select(\"SELECT id FROM orders WHERE customer LIKE '%{$customer}%'\");", line: 2 },
    { code: "<?php\n$orders = $query->whereRaw(\"region = '\" . $request->input('region') . \"'\")->get();", line: 2 },
    { code: "<?php\nDB::statement('DELETE FROM events WHERE created_at < NOW() - INTERVAL ' . $days . ' DAY');", line: 2 },
    { code: "<?php\n$users = User::orderByRaw($request->input('sort'))->get();", line: 2 },
    { code: "<?php\n$rows = DB::table('t')->select(DB::raw('count(*) as c, ' . $col))->get();", line: 2 },
  ],
})
