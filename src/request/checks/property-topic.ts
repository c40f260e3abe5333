import type { SecurityPropertyId } from '../../core/properties.js'
import type { Check } from '../check.js'
import { lexicon } from '../lexicon.js'

/**
 * What each security property is about, in the words requests use: the unsafe APIs, the checks
 * and settings that protect the default, and the nouns around them. A topic alone is not an
 * override ("explain why strcpy is dangerous" has one); it says which default an override touches.
 */
export const PROPERTY_TOPICS: Record<SecurityPropertyId, readonly string[]> = {
  'memory.bounds': ['bounds check*', 'bound check*', 'range check*', 'boundary check*', 'buffer overflow*', 'overflow check*', 'strcpy', 'strcat', 'sprintf', 'vsprintf', 'gets', 'memcpy', 'memmove', 'scanf', 'get_unchecked*', 'unchecked index*', 'index check*', 'array bound*', 'buffer size*', 'buffer length', 'out of bounds', 'out-of-bounds', 'stack protector', 'fstack-protector*', 'fortify_source', 'asan', 'addresssanitizer', 'length check*', 'size check*', 'bounds', '*grenzprüfung*', 'límites', 'limites', 'bornes', 'границ*', '越界', '边界检查', '境界チェック', 'バッファオーバーフロー', 'desbordamiento', 'débordement', 'pufferüberlauf', 'переполнени*'],
  'memory.lifetime': ['use after free', 'use-after-free', 'double free', 'dangling', 'free it twice', 'free twice', 'memory leak*', 'leak the memory', 'leak memory', 'lifetime*', 'borrow checker', 'raw pointer*', 'transmute', 'mem::forget', 'forget', 'delete it twice', 'freed pointer', 'after free', 'after it is freed', 'after it\'s freed', 'liberar', 'libérer', 'freigeben', 'висяч*', '释放', '解放'],
  'memory.init': ['uninitiali*', 'uninitiali*ed', 'initiali*', 'zero the buffer', 'zero out', 'memset', 'maybeuninit', 'mem::uninitialized', 'assume_init', 'calloc', 'garbage values', 'не инициализ*', 'инициализ*', '初始化', '初期化', 'inicializ*', 'initialis*', 'initialisier*'],
  'memory.null': ['null check*', 'nil check*', 'null pointer*', 'nullptr', 'null', 'nil', 'none check*', 'unwrap', 'nullpointer', 'segfault*', 'null-check*', '空指针', 'ヌル', 'nullチェック', 'nulo', 'nulos', 'nul', 'нул*'],
  'memory.integer': ['integer overflow*', 'int overflow*', 'overflow check*', 'wrapping', 'wrapping_*', 'checked arithmetic', 'checked_*', 'unchecked arithmetic', 'unchecked math', 'unchecked_add', 'ftrapv', 'overflow', 'size_t', 'multiplication overflow', 'integer wrap*', '整数溢出', '整数オーバーフロー', 'desbordamiento de enteros', 'ganzzahlüberlauf', 'переполнение цел*'],
  'memory.format': ['format string*', 'printf', 'fprintf', 'syslog', 'snprintf', 'nslog', '%s', '%n', 'format specifier*', 'cadena de formato', 'chaîne de format', 'formatstring*', 'строк* формат*', '格式化字符串', '書式文字列'],
  'memory.unsafe-escape': ['unsafe', 'unsafe block*', 'unsafe.pointer', 'sun.misc.unsafe', 'ctypes', 'marshal', 'stackalloc', 'fixed pointer*', 'pointer arithmetic', 'raw pointer*', 'jni', 'cffi', 'unsafe code', 'allowunsafeblocks', 'unsafe rust', 'transmute', 'reflect.sliceheader', 'unsafe.slice', 'небезопасн*', 'ポインタ演算', '指针运算', 'inseguro', 'unsicher*'],
  'sandbox.process': ['os.system', 'system()', 'system', 'shell', 'shell=true', 'subprocess', 'popen', 'exec', 'execsync', 'child_process', 'runtime.exec', 'processbuilder', 'process.start', 'shell_exec', 'passthru', 'backtick*', 'command line', 'command', 'commands', 'bash', 'cmd.exe', 'sh -c', 'spawn', 'comando', 'commande', 'befehl*', 'kommando', 'команд*', 'шелл', '命令', 'コマンド', 'シェル'],
  'sandbox.dynamic-code': ['eval', 'exec', 'new function', 'function(', 'compile', 'dynamic code', 'dynamically', 'execute the code', 'run the code', 'run user code', 'user code', 'user-supplied code', 'user scripts', 'script', 'scripts', 'formula*', 'expression*', 'vm.runin*', 'importlib', '__import__', 'class.forname', 'assembly.load', 'create_function', 'scriptengine', 'csharpscript', 'plugin*', 'código dinámico', 'code dynamique', 'dynamischen code', 'динамическ*', '动态代码', '動的', 'evaluar', 'évaluer', 'ausführen'],
  'sandbox.fs': ['path', 'paths', 'filename*', 'file name*', 'file path*', 'directory', 'directories', 'folder*', 'path traversal', 'traversal', '../', 'any file', 'whatever file', 'open the file', 'read the file', 'upload*', 'download*', 'sendfile', 'send_file', 'file_get_contents', 'fopen', 'open(', 'readfile*', 'ruta', 'rutas', 'archivo*', 'fichier*', 'chemin*', 'pfad*', 'datei*', 'caminho*', 'arquivo*', 'путь', 'пути', 'файл*', '路径', '文件', 'パス', 'ファイル'],
  'sandbox.net': ['url', 'urls', 'fetch', 'ssrf', 'webhook*', 'http request*', 'requests.get', 'http.get', 'axios', 'curl', 'any host', 'any url', 'whatever url', 'allow-list', 'allowlist', 'whitelist', 'internal network', 'metadata endpoint', '169.254.169.254', 'proxy', 'callback url', 'redirect*', 'remote', 'adresse', 'enlace', 'ссылк*', 'урл', '网址', '链接', 'リンク', 'アドレス'],
  'sandbox.native': ['ffi', 'dlopen', 'loadlibrary', 'native library', 'native librar*', 'shared library', 'shared object', '.so', '.dll', 'dll', 'p/invoke', 'pinvoke', 'dllimport', 'system.loadlibrary', 'system.load', 'ctypes.cdll', 'cdll', 'ffi::', 'libloading', 'native code', 'native module*', 'addon*', 'librería nativa', 'bibliothèque native', 'native bibliothek', 'нативн*', '动态库', 'ネイティブ'],
  'sandbox.deserialization': ['pickle', 'unpickle', 'cpickle', 'yaml.load', 'yaml', 'unserialize', 'deserializ*', 'deserialis*', 'binaryformatter', 'objectinputstream', 'readobject', 'marshal.load*', 'jsonpickle', 'typenamehandling', 'serialized object*', 'serializ*', 'serialis*', 'desserializ*', 'désérialis*', 'десериализ*', '反序列化', 'デシリアライズ'],
  'injection.sql': ['sql', 'query', 'queries', 'where clause', 'select', 'insert', 'prepared statement*', 'parameteri*', 'placeholder*', 'string concatenation', 'concatenat*', 'orm', 'raw query', 'raw sql', 'database', 'db', 'consulta*', 'requête*', 'abfrage*', 'запрос*', 'sql注入', '查询', 'クエリ'],
  'injection.xss': ['html', 'innerhtml', 'outerhtml', 'dangerouslysetinnerhtml', 'v-html', '|safe', 'mark_safe', 'html.raw', 'escaping', 'escape', 'unescaped', 'autoescape', 'xss', 'markup', 'document.write', 'echo', 'render', 'sanitiz*', 'sanitis*', 'dompurify', 'htmlspecialchars', 'escapar', 'échapp*', 'escap*', 'экраниров*', '转义', 'エスケープ'],
  'injection.template': ['template*', 'jinja*', 'render_template_string', 'twig', 'handlebars', 'ejs', 'pug', 'freemarker', 'velocity', 'thymeleaf', 'razor', 'mustache', 'liquid', 'template string', 'plantilla*', 'modèle*', 'vorlage*', 'шаблон*', '模板', 'テンプレート'],
  'crypto.hash': ['md5', 'md4', 'sha1', 'sha-1', 'des', '3des', 'tripledes', 'rc4', 'ecb', 'blowfish', 'weak hash*', 'hash', 'hashing', 'hashes', 'cipher*', 'encrypt*', 'crc32', 'password hash*', 'bcrypt', 'argon2', 'pbkdf2', 'cifrado', 'chiffrement', 'verschlüssel*', 'шифр*', 'хеш*', '哈希', '加密', 'ハッシュ', '暗号'],
  'crypto.random': ['math.random', 'random', 'rand()', 'rand', 'srand', 'mt_rand', 'random.random', 'java.util.random', 'new random', 'system.random', 'seed', 'token*', 'nonce*', 'otp', 'reset code*', 'session id*', 'aleatorio*', 'aléatoire*', 'zufall*', 'случайн*', '随机', '乱数', 'ランダム'],
  'crypto.tls': ['tls', 'ssl', 'https', 'certificate*', 'cert', 'certs', 'verify=false', 'verify', 'verification', 'insecureskipverify', 'rejectunauthorized', 'node_tls_reject_unauthorized', 'trustmanager', 'trust all', 'hostname verif*', 'servercertificatecustomvalidationcallback', 'curlopt_ssl_verifypeer', 'self-signed', 'self signed', 'danger_accept_invalid_certs', 'certificado*', 'certificat*', 'zertifikat*', 'сертификат*', '证书', '証明書'],
  'crypto.secrets': ['hard-code*', 'hardcode*', 'hard code*', 'hard coded', 'api key*', 'apikey', 'secret*', 'password*', 'passwd', 'credential*', 'token*', 'private key*', 'access key*', 'aws_secret*', 'connection string*', 'in the source', 'in the code', 'in the repo', '.env', 'env var*', 'environment variable*', 'vault', 'contraseña*', 'clave*', 'mot de passe', 'clé*', 'passwort*', 'schlüssel*', 'senha*', 'chave*', 'парол*', 'ключ*', '密码', '密钥', 'パスワード', '秘密鍵', 'ハードコード', '硬编码', 'захардкод*', 'хардкод*'],
  'resource.limits': ['size limit*', 'limit*', 'max size', 'maximum size', 'max_content_length', 'upload size', 'body size', 'timeout*', 'time out', 'rate limit*', 'throttl*', 'recursion', 'recursive', 'depth limit*', 'unbounded', 'infinite loop*', 'huge file*', 'large file*', 'memory limit*', 'quota*', 'dos', 'denial of service', 'regex', 'redos', 'pagination', 'límite*', 'limite*', 'grenze*', 'begrenz*', 'лимит*', 'ограничени*', '限制', '上限', '制限', 'タイムアウト', '超时'],
}

const TOPICS = lexicon(PROPERTY_TOPICS)

/** Which properties the text is about. */
export const propertyTopic: Check = {
  id: 'property-topic',
  run(view) {
    return TOPICS.find(view.text).map((m) => {
      const property = m.group as SecurityPropertyId
      return { feature: `topic:${property}`, start: m.start, end: m.end, reason: `mentions ${property}`, property, evidence: false }
    })
  },
}
