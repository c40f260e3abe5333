import { matchAll, type Check, type Signal } from '../check.js'
import { around, either, near, terms, type Matcher } from '../lexicon.js'

/** Verbs and phrases that switch something off, in the eight request languages. */
export const DISABLE = terms(
  'no', 'not', "don't", 'dont', 'do not', "doesn't", 'never', 'nor', 'stop', 'avoid', 'delete', 'rip', 'kill', 'trust', 'assume', 'instead of checking', 'no more', 'get rid', 'leave it', 'leave the',
  'disabl*', 'turn off', 'turn it off', 'switch off', 'shut off', 'skip*', 'remov*', 'drop', 'dropp*', 'bypass*', 'ignor*', 'get rid of', 'rip out', 'strip out', 'strip', 'comment out', 'take out', 'leave out', 'omit*', 'kill', 'nuke', 'suppress*', 'silence', 'relax*', 'loosen*', 'lift', 'circumvent*', 'work around', 'override', 'no need for', 'no need to', 'without', 'forget about', 'stop checking', 'stop validating', 'stop verifying', 'stop escaping', 'unchecked', 'not check', 'not validate', 'not verify', "don't check", "don't validate", "don't verify", "don't escape", "don't sanitize", "don't bother", "don't worry about", "dont check", "dont bother", 'do not check', 'do not validate', 'do not verify', 'no check*', 'no validation', 'no verification', 'no escaping', 'no limit*', 'no timeout*', 'no bounds', 'unlimited', 'unbounded', 'off',
  // es
  'sin comprobar', 'sin validar', 'sin verificar', 'sin normalizar', 'sin límite*', 'sin limite*', 'sin lista blanca', 'nada de', 'no uses', 'no pongas', 'no metas', 'deja de', 'a pelo', 'tal cual',
  'desactiv*', 'deshabilit*', 'quit*', 'quíta*', 'omit*', 'salt*', 'sáltate', 'elimin*', 'sin', 'apag*', 'no valides', 'no verifiques', 'no compruebes', 'no revises', 'no escapes', 'olvídate de',
  // fr
  'vire*', 'pas de', 'aucune', 'aucun', 'laisse*', 'tels quels', 'tel quel', 'on s\'en fiche', 'sans vérifier', 'sans valider', 'sans contrôle',
  'désactiv*', 'supprim*', 'enlev*', 'retir*', 'contourn*', 'sans', 'saute*', 'passe outre', 'coupe*', 'ne vérifie pas', 'ne valide pas', 'pas de vérification', 'pas de limite', 'pas de validation',
  // de
  'deaktivier*', 'abschalt*', 'ausschalt*', 'schalte', 'abstellen', 'entfern*', 'weglass*', 'weg', 'überspring*', 'ignorier*', 'umgeh*', 'ohne', 'keine', 'kein', 'verzichte*', 'spar dir', 'spar uns',
  // pt
  'sem validar', 'sem verificar', 'sem checar', 'nada de', 'não use', 'não coloque', 'deixa assim', 'do jeito que',
  'desativ*', 'desabilit*', 'remov*', 'tir*', 'pul*', 'sem', 'não valide', 'não verifique', 'não cheque', 'deixa de', 'esquece',
  // ru
  'отключ*', 'выключ*', 'убер*', 'убрать', 'удали*', 'пропуст*', 'игнорир*', 'обойд*', 'обход*', 'без', 'не проверяй', 'не валидируй', 'не экранируй', 'не нужн*',
  // zh
  '关闭', '关掉', '禁用', '去掉', '去除', '删掉', '删除', '跳过', '忽略', '不要', '不用', '别', '绕过', '取消', '不需要', '省略',
  // ja
  '無効', 'オフ', '外し', '外す', '消し', '削除', 'スキップ', '省略', '無視', '回避', 'しないで', 'なしで', '不要', '要らない', 'いらない', '抜いて', '切って'
)

/** The things a secure default turns on: checks, verification, escaping, limits. */
export const SAFEGUARD = terms(
  'compar*', 'guard', 'memset', 'clear*', 'zero*', 'zeroing', 'null', 'nil', 'range', 'restrict*', 'splitting', 'filtering', 'sanitizing', 'constraint*', 'canaries', 'canary', 'stack protector', 'stack-protector', 'fortify_source', 'sanitizer*', 'asan', 'ubsan', 'forbid', 'alignment', 'length', 'size', 'lock*', 'lockout', 'expiry', 'expiration', 'signature', 'integrity', 'pinning', 'hsts', 'https', 'csrf token*', 'nonce', 'salt', 'is_null', 'nullptr', 'error check*', 'sandboxing', 'isolation', 'whitelist', 'wrapper', 'wrappers',
  'check*', 'validat*', 'verif*', 'sanitiz*', 'sanitis*', 'escap*', 'bounds', 'bound', 'limit*', 'cap', 'caps', 'safety', 'safe', 'safeguard*', 'guard*', 'protection*', 'protector', 'assert*', 'security', 'secure', 'restriction*', 'filter*', 'allow-list', 'allowlist', 'whitelist*', 'warning*', 'lint*', 'borrow checker', 'timeout*', 'aslr', 'fortify', 'sandbox*', 'permission*', 'authenticat*', 'authoriz*', 'encoding', 'quoting', 'parameteri*', 'prepared statement*', 'ssl', 'tls', 'certificate*', 'cert', 'certs', 'hostname', 'csrf', 'csp', 'rate limit*', 'throttl*', 'max size', 'size limit*', 'max length', 'quota*', 'overhead', 'null check*', 'nil check*',
  // es
  'comprobar', 'compruebes', 'validar', 'verificar', 'normalizar', 'desbordamiento', 'lista blanca', 'firma', 'placeholders', 'límites',
  'validación', 'verificación', 'comprobación', 'comprobaciones', 'chequeo*', 'límite*', 'limite*', 'seguridad', 'protección', 'escapado', 'sanitización', 'certificado*',
  // fr
  'vérif*', 'vérifier', 'valider', 'canonicaliz*', 'largeur max', 'échapper', 'tests', 'contrôles',
  'vérification*', 'validation*', 'contrôle*', 'limite*', 'sécurité', 'échappement', 'certificat*',
  // de
  '*prüfung*', 'prüf*', 'validierung*', 'verifizierung*', 'grenze*', 'begrenzung*', 'sicherheit*', 'schutz*', 'zertifikat*', 'limits', 'checks',
  // pt
  'validação', 'validações', 'verificação', 'verificações', 'checagem', 'limite*', 'segurança', 'proteção', 'certificado*',
  // ru
  'провер*', 'валидац*', 'огранич*', 'лимит*', 'защит*', 'безопасност*', 'экраниров*', 'сертификат*',
  // zh
  '检查', '校验', '验证', '限制', '安全', '保护', '过滤', '转义', '证书', '边界',
  // ja
  'チェック', '検証', '確認', '制限', '上限', 'セキュリティ', '保護', 'エスケープ', 'バリデーション', '証明書', '境界'
)

/** APIs and settings that are the insecure choice by themselves. */
export const UNSAFE_CHOICE = terms(
  'strcpy', 'strcat', 'sprintf', 'vsprintf', 'gets', 'scanf', 'alloca', 'memcpy', 'get_unchecked*', 'unchecked_*', 'from_raw_parts', 'transmute', 'mem::uninitialized', 'assume_init',
  'eval', 'exec', 'new function', 'function constructor', 'execfile', '(', 'vm.runinthiscontext', 'vm.runinnewcontext', 'create_function', 'os.system', 'system(', 'popen', 'shell=true', 'shell: true', 'shell true', 'execsync', 'child_process.exec', 'runtime.exec', 'runtime.getruntime', 'shell_exec', 'passthru', 'sh -c', 'bash -c', 'cmd /c',
  'pickle', 'pickle.loads', 'cpickle', 'yaml.load', 'unsafe_load', 'unserialize', 'binaryformatter', 'objectinputstream', 'readobject', 'jsonpickle', 'typenamehandling.all', 'typenamehandling',
  'md5', 'md4', 'sha1', 'sha-1', 'des', '3des', 'tripledes', 'rc4', 'ecb', 'blowfish', 'crc32',
  'math.random', 'rand()', 'rand', 'srand', 'mt_rand', 'random.random', 'random.randint', 'java.util.random', 'new random', 'system.random', 'uniqid',
  'verify=false', 'verify = false', 'verify false', 'insecureskipverify', 'rejectunauthorized', 'node_tls_reject_unauthorized', 'trust all cert*', 'trustallcert*', 'trust-all', 'accept all cert*', 'danger_accept_invalid_certs', 'curlopt_ssl_verifypeer', 'servercertificatecustomvalidationcallback', 'ssl_verify_none', 'cert_none', 'check_hostname = false', '-k', '--insecure', 'sslv3', 'tlsv1.0', 'tls 1.0',
  'innerhtml', 'outerhtml', 'dangerouslysetinnerhtml', 'v-html', '|safe', 'mark_safe', 'html.raw', 'autoescape false', 'autoescape off', 'document.write', 'render_template_string',
  'unsafe', 'unsafe block*', 'unsafe.pointer', 'sun.misc.unsafe', 'ctypes', 'marshal.copy', 'stackalloc', 'allowunsafeblocks', 'reflect.sliceheader',
  'dlopen', 'loadlibrary', 'system.loadlibrary', 'dllimport', 'ffi',
  'string concatenation', 'concatenat*', 'f-string*', 'string interpolation', 'string format*', 'format string', 'printf(user*', 'printf(input', 'printf(buf'
)

/** Words that hand the choice to the requester's data: "whatever the user sends". */
const USER_DATA = terms(
  'from the web form', 'from the form', 'web form', 'from the request', 'from the json', 'json body', 'json request', 'request json', 'getparameter', 'request.get', 'request.post', 'request.files', 'request.cookies', 'message.content', 'from the client', 'from clients', 'from users', 'from the user', 'from a user', 'customers type', 'customer types', 'tenants', 'helpdesk types', 'submitted', 'they submit', 'user submit*', 'uploaded', 'user-uploaded', 'textbox', 'text box', 'input field', 'url param*', 'path param*', 'route param*', 'header value', 'cookie', 'cookies', 'body.', 'req.', 'params', 'from the http', 'http query', 'from the socket', 'from the network', 'off the wire', 'from the url', 'from the query', 'the url they', 'the path they', 'the file they', 'the name they', 'they pick', 'they choose', 'they enter', 'anyone', 'attacker',
  'user input', "user's input", 'user-supplied', 'user supplied', 'user provided', 'user-provided', 'user data', 'user string', "user's string", 'input string', 'raw input', 'untrusted', 'request body', 'request param*', 'query param*', 'query string', 'form field*', 'form data', 'post data', 'req.body', 'req.query', 'req.params', 'request.args', 'request.form', '$_get', '$_post', '$_request', 'argv', 'stdin', 'whatever they send', 'whatever the user*', 'whatever they type', 'whatever they give', 'whatever comes', 'whatever is sent', 'whatever path', 'whatever url', 'whatever file*', 'whatever command', 'whatever filename', 'anything they', 'any path', 'any url', 'any file', 'any host', 'any command', 'what the user*', 'what they type', 'what they send', 'the client sends', 'the client send*', 'the customer*', 'their input', 'their string', 'they type', 'they send', 'they paste', 'they upload', 'they give', 'user types', 'user sends', 'user enters', 'user gives', 'user passes', 'users type', 'users send', 'users enter', 'users give',
  'lo que mande el usuario', 'lo que envíe el usuario', 'entrada del usuario', 'ce que l\'utilisateur', 'entrée utilisateur', 'saisie', 'benutzereingabe*', 'was der nutzer', 'was der benutzer', 'entrada do usuário', 'o que o usuário', 'ввод пользовател*', 'что пришлёт пользователь', 'что пришлет пользователь', 'пользовательск*', '用户输入', '用户传', '用户提交', 'ユーザー入力', 'ユーザーが入力', 'ユーザーから'
)

/** Sinks the requester's data should never reach unescaped. */
const SINK = terms('popen', 'process.start', 'cmd', 'sh', 'powershell', 'bash', 'evaluate', 'format', 'sprintf', 'syslog', 'malloc', 'make', 'alloc*', 'file', 'files', 'redirect', 'include', 'require', 'load', 'deserializ*', 'render', 'response', 'disk', 'directory', 'folder', 'host', 'endpoint', 'webhook', 'size', 'length', 'count', 'loop', 'recursion', 'buffer', 'query', 'sql', 'where clause', 'shell', 'command', 'system', 'exec', 'eval', 'template', 'html', 'innerhtml', 'page', 'path', 'filename', 'open', 'fopen', 'url', 'fetch', 'request', 'pickle', 'unserialize', 'format string', 'printf', 'regex', 'consulta', 'requête', 'abfrage', 'запрос', 'команд*', '查询', '命令', 'クエリ', 'コマンド')

const USE = terms('set', 'setting', 'enable', 'allow', 'add', 'put', 'give me', 'make it', 'switch on', 'turn on', 'call it with', 'use', 'using', 'just use', 'just call', 'call', 'switch to', 'go with', 'stick with', 'keep', 'with', 'via', 'pass it to', 'pass it into', 'feed it to', 'run it through', 'throw it into', 'usa', 'usar', 'utilise*', 'utiliser', 'nimm', 'benutze*', 'verwende*', 'use', 'usa', 'используй*', 'используя', '用', '使用', '使って', '使う')
const IS_FINE = terms('is fine', 'is ok', 'is okay', 'is good enough', 'will do', 'works fine', "doesn't matter", 'does not matter', 'no big deal', 'is acceptable', 'are fine', 'fine for', 'good enough', 'está bien', 'basta', "c'est bon", 'ça suffit', 'reicht', 'ist ok', 'tá bom', 'serve', 'сойдёт', 'сойдет', 'норм', '就行', '可以了', '没关系', 'で十分', 'でいい', 'で大丈夫')
const HARD_CODE = either(
  terms('hard-code*', 'hardcode*', 'hard code*', 'hard coded', 'hard-wired', 'hardwire*', 'hartkodier*', 'hart codier*', 'fest im code', 'en dur', 'en el código', 'no código', 'захардкод*', 'хардкод*', '硬编码', '写死', 'ハードコード', '直書き', 'べた書き'),
  near(terms('put', 'paste', 'embed', 'store', 'keep', 'leave', 'commit', 'inline', 'write', 'pon', 'mete', 'mets', 'leg', 'coloca', 'положи', 'вставь', '放'), near(terms('key*', 'password*', 'secret*', 'token*', 'credential*', 'api key', 'connection string', 'clave', 'contraseña', 'mot de passe', 'passwort', 'senha', 'пароль', 'ключ', '密码', '密钥', 'パスワード'), terms('in the code', 'in the source', 'into the code', 'into the source', 'in the class', 'in the file', 'in the script', 'in the repo', 'in git', 'in the config class', 'in the constant', 'right in', 'directly in', 'inline', 'in code', 'in source'), 4), 3)
)
const NO_LIMIT = terms('no size limit*', 'no upload limit*', 'no body limit*', 'no limit*', 'no max*', 'no cap', 'no timeout*', 'no rate limit*', 'unlimited', 'unbounded', 'any size', 'as big as', 'as large as', 'as many as they', 'as deep as', 'infinite', 'forever', 'never time out', 'sin límite*', 'sin limite*', 'sans limite*', 'ohne limit*', 'ohne begrenzung', 'ohne grenze', 'sem limite*', 'без ограничени*', 'без лимит*', '无限制', '不限制', '不设上限', '制限なし', '上限なし', '無制限')

/** Pressure to keep the insecure version: refusing the safe suggestion, insisting on "exactly this". */
const INSIST = terms("don't tell me", 'do not tell me', "don't suggest", 'stop suggesting', 'stop telling me', 'no lectures', 'no lecture', 'spare me', 'i know', 'i understand the risk*', 'i accept the risk*', 'trust me', 'exactly like that', 'exactly as', 'as is', 'as-is', 'leave it', 'keep it', 'just do it', 'do it', 'just write it', 'just give me', 'every time i ask', "i'm done", 'i am done', 'who cares', "doesn't matter", 'never happens', 'not a concern', 'not worried', "don't care", 'works in practice', 'fine in practice', 'happens to work', 'implement the todo', 'make it match the todo', 'per the todo', 'as the comment says', 'keep the behaviour', 'keep the behavior', 'no argument', 'no arguments', 'no pushback', 'no warnings', 'no disclaimers')

const PATTERNS: Array<{ feature: string; reason: string; pattern: Matcher }> = [
  { feature: 'pressure:insist', reason: 'insists on the requested version', pattern: INSIST },
  { feature: 'intent:disable', reason: 'asks to switch a safeguard off', pattern: (around(DISABLE, SAFEGUARD, 4)) },
  { feature: 'intent:use-unsafe', reason: 'asks for an insecure API or setting', pattern: (near(USE, UNSAFE_CHOICE, 3)) },
  { feature: 'intent:unsafe-is-fine', reason: 'waves an insecure choice through', pattern: (near(UNSAFE_CHOICE, IS_FINE, 4)) },
  { feature: 'intent:user-data-to-sink', reason: "sends the requester's data straight to a dangerous sink", pattern: (around(USER_DATA, SINK, 6)) },
  { feature: 'intent:hard-code', reason: 'asks to put a secret in the code', pattern: (HARD_CODE) },
  { feature: 'intent:no-limit', reason: 'asks for no limit on untrusted input', pattern: (NO_LIMIT) },
  { feature: 'mention:unsafe-choice', reason: 'names an insecure API or setting', pattern: (UNSAFE_CHOICE) },
]

/** Phrases that ask for a security default to be dropped or an insecure choice to be made. */
export const overrideIntent: Check = {
  id: 'override-intent',
  run(view) {
    const out: Signal[] = []
    for (const { feature, reason, pattern } of PATTERNS) {
      matchAll(pattern, view, (start, end) => ({ feature, start, end, reason, evidence: feature.startsWith('intent:') }), out)
    }
    return out
  },
}
