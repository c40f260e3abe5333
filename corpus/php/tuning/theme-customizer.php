<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Twig\Environment;

class ThemeCustomizerController extends Controller
{
    public function __construct(private Environment $twig)
    {
    }

    public function previewHeader(Request $request)
    {
        $headerHtml = (string) $request->input('header_html', '');
        $theme = [
            'primary' => $request->input('primary', '#0055aa'),
            'logo' => $request->input('logo_url'),
        ];
        // expect: injection.template
        $header = $this->twig->createTemplate('{% autoescape %}' . $headerHtml . '{% endautoescape %}');
        return response($header->render(['theme' => $theme]));
    }

    public function previewFooter(Request $request)
    {
        // ok: injection.template
        return response($this->twig->render('theme/footer.html.twig', [
            'text' => $request->input('footer_text'),
        ]));
    }

    public function validateSlug(Request $request)
    {
        $slug = (string) $request->input('slug');
        // ok: resource.limits
        $valid = preg_match('/^[a-z0-9-]{3,40}$/', $slug) === 1;
        return response()->json(['valid' => $valid]);
    }

    public function banner(Request $request)
    {
        $width = (int) $request->query('width', 40);
        if ($width < 1 || $width > 120) {
            abort(422);
        }
        // ok: resource.limits
        return response(str_repeat('*', $width), 200, ['Content-Type' => 'text/plain']);
    }

    public function divider(Request $request)
    {
        // expect: resource.limits
        $line = str_repeat('&mdash;', (int) $request->query('length', 10));
        return response()->json(['divider' => $line]);
    }
}
