<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class OrderController extends Controller
{
    public function index(Request $request): JsonResponse
    {
        $status = $request->query('status', 'open');
        // ok: injection.sql
        $orders = DB::select('SELECT id, customer_id, total FROM orders WHERE status = ? ORDER BY id DESC LIMIT 50', [$status]);
        return response()->json($orders);
    }

    public function search(Request $request): JsonResponse
    {
        $customer = $request->input('customer');
        // expect: injection.sql
        $orders = DB::select("SELECT id, total FROM orders WHERE customer_name LIKE '%{$customer}%'");
        return response()->json($orders);
    }

    public function byRegion(Request $request): JsonResponse
    {
        $region = $request->input('region');
        $query = DB::table('orders')->select('id', 'total', 'region');
        // expect: injection.sql
        $orders = $query->whereRaw("region = '" . $region . "'")->get();
        return response()->json($orders);
    }

    public function bulkClose(Request $request): JsonResponse
    {
        $ids = $request->input('ids', []);
        // ok: injection.sql
        $count = DB::table('orders')->whereIn('id', $ids)->update(['status' => 'closed']);
        return response()->json(['closed' => $count]);
    }

    public function purge(Request $request): JsonResponse
    {
        $days = $request->input('days');
        // expect: injection.sql
        DB::statement('DELETE FROM order_events WHERE created_at < NOW() - INTERVAL ' . $days . ' DAY');
        return response()->json(['ok' => true]);
    }
}
