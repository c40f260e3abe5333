<?php

declare(strict_types=1);

namespace App\Cms;

use Twig\Environment;
use Twig\Loader\FilesystemLoader;

final class PageBuilder
{
    private Environment $twig;

    public function __construct(string $templateDir)
    {
        $this->twig = new Environment(new FilesystemLoader($templateDir), [
            'cache' => '/var/cache/app/twig',
            'autoescape' => 'html',
        ]);
    }

    public function renderPage(string $slug, array $data): string
    {
        // ok: injection.template
        return $this->twig->render('pages/' . basename($slug) . '.html.twig', $data);
    }

    public function previewCustomBlock(): string
    {
        $source = $_POST['block_source'] ?? '';
        // expect: injection.template
        $template = $this->twig->createTemplate($source);
        return $template->render(['user' => $_SESSION['user'] ?? null]);
    }

    public function renderStoredBlock(array $block): string
    {
        $wrapped = '<section class="block">' . $block['markup'] . '</section>';
        // expect: injection.template
        return $this->twig->createTemplate($wrapped)->render(['block' => $block]);
    }

    public function renderGreeting(string $name): string
    {
        // ok: injection.template
        $tpl = $this->twig->createTemplate('<p>Hello {{ name }}!</p>');
        return $tpl->render(['name' => $name]);
    }
}
