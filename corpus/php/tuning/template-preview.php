<?php

declare(strict_types=1);

namespace App\Http\Controllers\Admin;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Blade;
use Mustache_Engine;

class TemplatePreviewController
{
    public function blade(Request $request)
    {
        $source = (string) $request->input('template');
        // expect: injection.template
        $html = Blade::render($source, ['user' => $request->user()]);
        return response($html);
    }

    public function bladeSample(Request $request)
    {
        // ok: injection.template
        $html = Blade::render('<p>Hello, {{ $name }}</p>', ['name' => $request->input('name')]);
        return response($html);
    }

    public function sms(Request $request)
    {
        $engine = new Mustache_Engine(['escape' => fn ($v) => htmlspecialchars((string) $v, ENT_QUOTES)]);
        $body = $request->input('body', '');
        // expect: injection.template
        $text = $engine->render($body, ['first_name' => 'Alex', 'code' => '123456']);
        return response()->json(['preview' => $text]);
    }

    public function smsFromFile(Request $request)
    {
        $engine = new Mustache_Engine([
            'loader' => new \Mustache_Loader_FilesystemLoader(resource_path('sms')),
        ]);
        // ok: injection.template
        $text = $engine->loadTemplate('welcome')->render(['first_name' => $request->input('first_name')]);
        return response()->json(['preview' => $text]);
    }

    public function view(Request $request)
    {
        // ok: injection.template
        return view('admin.preview', ['body' => $request->input('body')]);
    }
}
