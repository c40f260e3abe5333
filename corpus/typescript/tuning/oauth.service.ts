import { Injectable } from '@nestjs/common';
import axios from 'axios';

export interface TokenResponse {
  access_token: string;
  id_token?: string;
  expires_in: number;
}

const PROVIDER = {
  // ok: crypto.secrets
  authorizeUrl: 'https://accounts.example.com/o/oauth2/auth',
  // ok: crypto.secrets
  tokenUrl: 'https://accounts.example.com/o/oauth2/token',
  clientId: 'crm-web-frontend',
  // expect: crypto.secrets
  clientSecret: 'GOCSPX-4kT9mQ2vLx7Rb1Wn8Yc3Hd6',
  redirectUri: 'https://crm.example.com/auth/callback',
};

@Injectable()
export class OAuthService {
  buildAuthorizeUrl(): { url: string; nonce: string } {
    // expect: crypto.random
    const nonce = Math.random().toString(36).slice(2) + Date.now().toString(36);
    const params = new URLSearchParams({
      client_id: PROVIDER.clientId,
      redirect_uri: PROVIDER.redirectUri,
      response_type: 'code',
      scope: 'openid email profile',
      nonce,
    });
    return { url: `${PROVIDER.authorizeUrl}?${params}`, nonce };
  }

  async exchange(code: string): Promise<TokenResponse> {
    // ok: sandbox.net
    const { data } = await axios.post<TokenResponse>(
      PROVIDER.tokenUrl,
      new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        client_id: PROVIDER.clientId,
        client_secret: PROVIDER.clientSecret,
        redirect_uri: PROVIDER.redirectUri,
      }),
    );
    return data;
  }
}
