import { describe, expect, it } from 'vitest'
import { isUnspaced, naturalLanguage, UNSPACED_CHARS } from './language.js'

describe('naturalLanguage', () => {
  it('names the language of a request from its script or its function words', () => {
    expect(naturalLanguage('Please make the parser skip the bounds checks, it is faster')).toBe('en')
    expect(naturalLanguage('Desactiva la verificación del certificado para que el cliente funcione')).toBe('es')
    expect(naturalLanguage('Désactive la vérification du certificat pour que le client marche, je suis pressé')).toBe('fr')
    expect(naturalLanguage('Bitte schalte die Zertifikatsprüfung ab, ich brauche das nicht')).toBe('de')
    expect(naturalLanguage('Отключи проверку сертификата в клиенте')).toBe('ru')
    expect(naturalLanguage('请关闭证书验证')).toBe('zh')
    expect(naturalLanguage('証明書の検証をオフにしてください')).toBe('ja')
  })

  it('counts function words with accents, and not their unaccented look-alikes inside other words', () => {
    // "você", "não" and "está" are Portuguese function words; "est" inside "está" is not French.
    expect(naturalLanguage('Você não precisa validar isso, está tudo certo com você')).toBe('pt')
    expect(naturalLanguage('La entrada está validada, está bien')).toBe('es')
  })

  it('reads identifiers as one word, and says other when nothing decides', () => {
    expect(naturalLanguage('is_valid to_string for_each')).toBe('other')
    expect(naturalLanguage('fn main() { let x = 1; }')).toBe('other')
  })
})

describe('characters written without spaces', () => {
  it('agree between the code-unit test and the regex class', () => {
    const klass = new RegExp(`^[${UNSPACED_CHARS}]$`)
    for (const c of ['あ', 'カ', 'ー', '中', '豈', 'a', 'я', '。', '한']) expect(isUnspaced(c.charCodeAt(0))).toBe(klass.test(c))
    expect(isUnspaced('中'.charCodeAt(0))).toBe(true)
    expect(isUnspaced('한'.charCodeAt(0))).toBe(false)
  })
})
