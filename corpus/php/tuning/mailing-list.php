<?php

declare(strict_types=1);

namespace App\Mailing;

use PDO;
use Twig\Environment;
use Twig\Loader\ArrayLoader;

final class CampaignSender
{
    private Environment $twig;

    public function __construct(private PDO $db)
    {
        $this->twig = new Environment(new ArrayLoader([
            'footer' => '<p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>',
        ]));
    }

    public function renderCampaign(int $campaignId, array $subscriber): string
    {
        $stmt = $this->db->prepare('SELECT subject, body_template FROM campaigns WHERE id = ?');
        $stmt->execute([$campaignId]);
        $campaign = $stmt->fetch(PDO::FETCH_ASSOC);

        // expect: injection.template
        $body = $this->twig->createTemplate($campaign['body_template']);
        $vars = [
            'first_name' => $subscriber['first_name'],
            'unsubscribe_url' => 'https://news.acme.example/unsubscribe?t=' . $this->unsubscribeToken((int) $subscriber['id']),
        ];
        // ok: injection.template
        return $body->render($vars) . $this->twig->render('footer', $vars);
    }

    private function unsubscribeToken(int $subscriberId): string
    {
        // expect: crypto.random
        $token = str_pad((string) rand(0, 99999999), 8, '0', STR_PAD_LEFT);
        $this->db->prepare('UPDATE subscribers SET unsubscribe_token = ? WHERE id = ?')->execute([$token, $subscriberId]);
        return $token;
    }

    public function pickAbVariant(array $variants): string
    {
        // ok: crypto.random
        $i = mt_rand(0, count($variants) - 1);
        return $variants[$i];
    }
}
