import type { SgNode } from '@ast-grep/napi'
import { emptyManifest, type CapabilityManifest } from '../../core/capability.js'
import type { LanguageId } from '../../core/properties.js'
import type { ScanResult } from '../engine/engine.js'
import { CALL_KINDS, STRING_KINDS } from '../engine/flow-syntax.js'
import { kindsOf, LANGUAGES } from '../engine/languages.js'
import { regexWords } from '../engine/prefilter.js'
import escapeStringRegexp from 'escape-string-regexp'

type Use = 'fsRead' | 'fsWrite' | 'fsOpen' | 'net' | 'listen' | 'process' | 'env' | 'dynamicCode' | 'native'

/**
 * What each language's calls ask of the host, by callee. `fsOpen` reads or writes depending on a
 * mode argument (`open(p, "w")`, `fopen(p, "rb")`).
 */
const CALLS: Record<LanguageId, ReadonlyArray<[Use, RegExp]>> = {
  c: [
    ['fsOpen', /^(?:fopen|freopen|open|openat|creat)$/],
    ['fsWrite', /^(?:unlink|remove|rename|mkdir|rmdir|truncate|chmod)$/],
    ['fsRead', /^(?:opendir|stat|access|realpath)$/],
    ['net', /^(?:connect|getaddrinfo|gethostbyname|curl_easy_setopt|curl_easy_perform)$/],
    ['listen', /^(?:bind|listen|accept)$/],
    ['process', /^(?:system|popen|execl|execlp|execle|execv|execvp|execvpe|fork|vfork|posix_spawn|posix_spawnp|CreateProcess\w*|ShellExecute\w*|WinExec)$/],
    ['env', /^(?:getenv|secure_getenv|setenv|putenv)$/],
    ['native', /^(?:dlopen|dlsym|LoadLibrary\w*|GetProcAddress)$/],
  ],
  cpp: [],
  rust: [
    ['fsRead', /(?:^|::)(?:fs::read|fs::read_to_string|fs::read_dir|File::open|fs::metadata|fs::canonicalize)$/],
    ['fsWrite', /(?:^|::)(?:fs::write|File::create|fs::remove_file|fs::remove_dir_all|fs::create_dir_all|fs::create_dir|fs::rename|fs::copy|OpenOptions::new)$/],
    ['net', /(?:reqwest::get|reqwest::blocking::get|Client::new|TcpStream::connect|UdpSocket::bind|\.get|\.post|\.put|\.delete)$/],
    ['listen', /(?:TcpListener::bind|HttpServer::new|axum::serve|Server::bind|serve)$/],
    ['process', /(?:^|::)Command::new$/],
    ['env', /(?:^|::)env::(?:var|var_os|vars|set_var)$/],
    ['native', /(?:Library::new|libloading::\w+)$/],
  ],
  go: [
    ['fsRead', /^(?:os\.(?:Open|ReadFile|ReadDir|Stat|Lstat)|ioutil\.(?:ReadFile|ReadDir)|filepath\.(?:Walk|WalkDir|Glob))$/],
    ['fsWrite', /^(?:os\.(?:Create|WriteFile|OpenFile|Remove|RemoveAll|Mkdir|MkdirAll|Rename|Chmod)|ioutil\.WriteFile)$/],
    ['net', /^(?:http\.(?:Get|Post|PostForm|Head|NewRequest|NewRequestWithContext)|net\.(?:Dial|DialTimeout|DialTCP|DialUDP)|tls\.Dial|\w+\.(?:Do|Get|Post))$/],
    ['listen', /^(?:http\.(?:ListenAndServe|ListenAndServeTLS|Serve)|net\.Listen\w*|\w+\.ListenAndServe\w*)$/],
    ['process', /^(?:exec\.Command|exec\.CommandContext|os\.StartProcess|syscall\.Exec|syscall\.ForkExec)$/],
    ['env', /^os\.(?:Getenv|LookupEnv|Setenv|Environ)$/],
    ['native', /^(?:plugin\.Open|syscall\.(?:LoadDLL|NewLazyDLL)|windows\.\w*DLL)$/],
  ],
  java: [
    ['fsRead', /^(?:FileInputStream|FileReader|RandomAccessFile|Files\.(?:readString|readAllBytes|readAllLines|lines|newInputStream|newBufferedReader|list|walk|exists))$/],
    ['fsWrite', /^(?:FileOutputStream|FileWriter|PrintWriter|Files\.(?:write|writeString|newOutputStream|newBufferedWriter|delete|deleteIfExists|createFile|createDirectories|copy|move))$/],
    ['net', /^(?:URL|Socket|HttpRequest\.newBuilder|HttpClient\.newHttpClient|\w+\.openConnection|\w+\.openStream|RestTemplate|WebClient\.create|\w+\.(?:getForObject|getForEntity|postForObject|exchange))$/],
    ['listen', /^(?:ServerSocket|HttpServer\.create|SpringApplication\.run)$/],
    ['process', /^(?:ProcessBuilder|Runtime\.getRuntime\(\)\.exec|\w+\.exec)$/],
    ['env', /^System\.(?:getenv|getProperty)$/],
    ['dynamicCode', /^(?:Class\.forName|\w+\.eval|ScriptEngineManager|URLClassLoader|\w+\.defineClass|\w+\.loadClass)$/],
    ['native', /^System\.(?:load|loadLibrary)$|^Runtime\.getRuntime\(\)\.(?:load|loadLibrary)$/],
  ],
  python: [
    ['fsOpen', /^(?:open|io\.open|codecs\.open|aiofiles\.open)$/],
    ['fsRead', /^(?:os\.(?:listdir|scandir|walk|stat|path\.exists)|glob\.glob|\w*\.?read_text|\w*\.?read_bytes|Path\(.*\)\.read_\w+|pathlib\.Path)$/],
    ['fsWrite', /^(?:os\.(?:remove|unlink|rmdir|makedirs|mkdir|rename|replace|chmod)|shutil\.\w+|\w*\.?write_text|\w*\.?write_bytes)$/],
    ['net', /^(?:requests\.\w+|httpx\.\w+|urllib\.request\.urlopen|urlopen|urllib3\.\w+|aiohttp\.ClientSession|socket\.create_connection|\w+\.connect|http\.client\.HTTPS?Connection|ftplib\.FTP|smtplib\.SMTP\w*)$/],
    ['listen', /^(?:app\.run|\w+\.listen|\w+\.bind|uvicorn\.run|socketserver\.\w+|http\.server\.\w+|HTTPServer|\w+\.serve_forever|web\.run_app)$/],
    ['process', /^(?:os\.(?:system|popen|exec\w*|spawn\w*|fork)|subprocess\.\w+|pty\.spawn|commands\.\w+|asyncio\.create_subprocess_\w+)$/],
    ['env', /^(?:os\.getenv|os\.environ\.get|os\.putenv)$/],
    ['dynamicCode', /^(?:eval|exec|compile|__import__|importlib\.import_module|runpy\.\w+)$/],
    ['native', /^(?:ctypes\.(?:CDLL|WinDLL|OleDLL|PyDLL|cdll\.LoadLibrary|windll\.LoadLibrary)|CDLL|cffi\.FFI|\w+\.dlopen)$/],
  ],
  javascript: [
    ['fsRead', /^(?:fs\.|fsp\.|fs\.promises\.)?(?:readFile|readFileSync|readdir|readdirSync|createReadStream|stat|statSync|existsSync|access|accessSync|opendir)$/],
    ['fsWrite', /^(?:fs\.|fsp\.|fs\.promises\.)?(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|unlink|unlinkSync|rm|rmSync|rmdir|mkdir|mkdirSync|rename|renameSync|copyFile|chmod)$/],
    ['net', /^(?:fetch|axios(?:\.\w+)?|got(?:\.\w+)?|superagent\.\w+|https?\.(?:get|request)|net\.(?:connect|createConnection)|tls\.connect|WebSocket|XMLHttpRequest|\w+\.open)$/],
    ['listen', /^(?:\w+\.listen|https?\.createServer|net\.createServer|Deno\.serve|Bun\.serve|serve)$/],
    ['process', /^(?:child_process\.|cp\.)?(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)$/],
    ['dynamicCode', /^(?:eval|Function|setTimeout|setInterval|vm\.\w+|require|import)$/],
    ['native', /^(?:process\.dlopen|ffi\.Library|koffi\.load|\w+\.dlopen)$/],
    // Environment reads are member reads (`process.env.X`), found below without a call.
  ],
  typescript: [],
  csharp: [
    ['fsRead', /^(?:File\.(?:ReadAllText|ReadAllBytes|ReadAllLines|OpenRead|OpenText|Exists|ReadLines)|Directory\.(?:GetFiles|EnumerateFiles|Exists)|FileStream|StreamReader)$/],
    ['fsWrite', /^(?:File\.(?:WriteAllText|WriteAllBytes|AppendAllText|Delete|Create|Move|Copy|OpenWrite)|Directory\.(?:CreateDirectory|Delete)|StreamWriter)$/],
    ['net', /^(?:HttpClient|WebClient|TcpClient|\w+\.(?:GetAsync|PostAsync|SendAsync|GetStringAsync|DownloadString|GetStreamAsync)|WebRequest\.Create)$/],
    ['listen', /^(?:HttpListener|TcpListener|\w+\.Run|WebApplication\.CreateBuilder)$/],
    ['process', /^(?:System\.Diagnostics\.)?(?:Process\.Start|ProcessStartInfo)$/],
    ['env', /^Environment\.(?:GetEnvironmentVariable|GetEnvironmentVariables|SetEnvironmentVariable)$/],
    ['dynamicCode', /^(?:Assembly\.Load\w*|Activator\.CreateInstance|Type\.GetType|CSharpScript\.\w+|\w+\.Invoke)$/],
    ['native', /^NativeLibrary\.(?:Load|TryLoad)$/],
  ],
  php: [
    ['fsOpen', /^(?:fopen|SplFileObject)$/],
    ['fsRead', /^(?:file_get_contents|file|readfile|scandir|glob|is_file|file_exists|opendir|fread)$/],
    ['fsWrite', /^(?:file_put_contents|unlink|rmdir|mkdir|rename|copy|move_uploaded_file|chmod|fwrite)$/],
    ['net', /^(?:curl_init|curl_exec|fsockopen|stream_socket_client|\w*->(?:get|post|request))$/],
    ['listen', /^(?:stream_socket_server|socket_bind|socket_listen)$/],
    ['process', /^(?:system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)$/],
    ['env', /^(?:getenv|putenv)$/],
    ['dynamicCode', /^(?:eval|assert|create_function|call_user_func|call_user_func_array)$/],
    ['native', /^(?:FFI::cdef|FFI::load|FFI::scope|dl)$/],
  ],
}
CALLS.cpp = [
  ...CALLS.c,
  ['fsOpen', /^(?:std::)?(?:fstream)$/],
  ['fsRead', /^(?:std::)?(?:ifstream|filesystem::directory_iterator|filesystem::exists)$/],
  ['fsWrite', /^(?:std::)?(?:ofstream|filesystem::remove|filesystem::remove_all|filesystem::create_directories)$/],
  ['process', /^(?:std::)?system$|^(?:boost::process::\w+|bp::\w+)$/],
]
CALLS.typescript = CALLS.javascript

/** Member reads that are capability uses without a call: `process.env.HOME`, `os.environ["KEY"]`. */
const PROCESS_ENV = { prefix: ['process.env'], native: '^process\\.env', pattern: /^process\.env(?:\.([A-Za-z_]\w*)|\[['"]([^'"]+)['"]\])?/ }
const ENV_READS: Partial<Record<LanguageId, { prefix: string[]; native: string; pattern: RegExp }>> = {
  javascript: PROCESS_ENV,
  typescript: PROCESS_ENV,
  python: { prefix: ['os.environ'], native: '^os\\.environ', pattern: /^os\.environ(?:\[['"]([^'"]+)['"]\])?/ },
  php: { prefix: ['$_ENV'], native: '^\\$_ENV', pattern: /^\$_ENV(?:\[['"]([^'"]+)['"]\])?/ },
}

const WRITE_MODE = /[wax+]/

/**
 * Infers what the code needs from its host, from the tree the rules already parsed.
 * Literal paths, hosts, commands and variable names are listed; computed ones set `dynamic`.
 */
export function inferCapabilities(scan: ScanResult): CapabilityManifest {
  const manifest = emptyManifest()
  const { flow, root, language } = scan
  const source = flow.text()
  // Consider only the table entries whose names occur in the file (see engine/prefilter.ts).
  const table = CALLS[language].filter(([, re]) => {
    const words = wordsOf(re)
    return !words || words.some((w) => source.includes(w))
  })
  const literal = (node: SgNode | undefined): string | undefined => (node && STRING_KINDS.has(node.kind()) && flow.isConstant(node) ? unquote(node.text()) : undefined)

  const callKinds = kindsOf(root, LANGUAGES[language].grammar, CALL_KINDS)
  // When every entry names its words, ast-grep keeps only the calls whose text contains one, so
  // the callee of every other call is never read into JavaScript.
  const words = table.map(([, re]) => wordsOf(re))
  const callRule: Record<string, unknown> = { any: callKinds.map((kind) => ({ kind })) }
  if (words.every((w) => w?.length)) callRule.regex = [...new Set(words.flatMap((w) => w!))].map(escapeStringRegexp).join('|')
  for (const call of table.length ? root.findAll({ rule: callRule }) : []) {
    const callee = flow.calleeText(call)
    const use = table.find(([, re]) => re.test(callee))?.[0]
    if (!use) continue
    const args = flow.callArguments(call)
    const first = literal(args[0])
    switch (use) {
      case 'fsOpen': {
        const mode = literal(args[1])
        const writes = mode !== undefined && WRITE_MODE.test(mode)
        addPath(manifest, writes ? 'write' : 'read', first)
        break
      }
      case 'fsRead':
        addPath(manifest, 'read', first)
        break
      case 'fsWrite':
        addPath(manifest, 'write', first)
        break
      case 'net': {
        const url = args.map(literal).find((a) => a !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(a))
        const host = url ? hostOf(url) : undefined
        if (host) addUnique(manifest.net.hosts, host)
        else manifest.net.dynamic = true
        break
      }
      case 'listen':
        manifest.net.listen = true
        break
      case 'process': {
        manifest.process.spawn = true
        // argv form: the program is the first element of a list literal.
        const argv0 = args[0] && !STRING_KINDS.has(args[0].kind()) ? literal(args[0].namedChildren()[0]) : undefined
        const program = (first ?? argv0)?.trim().split(/\s+/)[0]
        if (program) addUnique(manifest.process.commands, program)
        break
      }
      case 'env':
        if (first) addUnique(manifest.env.read, first)
        else manifest.env.dynamic = true
        break
      case 'dynamicCode':
        // `require('fs')` and `import('x')` with constants load known modules, not code from data.
        if ((callee === 'require' || callee === 'import') && first !== undefined) break
        if ((callee === 'setTimeout' || callee === 'setInterval') && !(args[0] && STRING_KINDS.has(args[0].kind()))) break
        manifest.dynamicCode = true
        break
      case 'native':
        manifest.native = true
        break
    }
  }

  const envRead = ENV_READS[language]
  if (envRead && envRead.prefix.some((p) => source.includes(p))) {
    const memberKinds = kindsOf(root, LANGUAGES[language].grammar, ['member_expression', 'subscript_expression', 'subscript', 'attribute'])
    // The anchored ASCII regex runs natively, so only environment reads cross into JavaScript.
    for (const node of root.findAll({ rule: { any: memberKinds.map((kind) => ({ kind })), regex: envRead.native } })) {
      const m = envRead.pattern.exec(node.text())
      if (!m) continue
      const name = m[1] ?? m[2]
      if (name) addUnique(manifest.env.read, name)
    }
  }
  // Declarations that are native code by themselves.
  const declarations = NATIVE_DECLARATIONS[language]
  if (declarations && root.find({ rule: { any: declarations } })) manifest.native = true
  manifest.env.read.sort()
  return manifest
}

const NATIVE_DECLARATIONS: Partial<Record<LanguageId, Array<Record<string, unknown>>>> = {
  rust: [{ kind: 'foreign_mod_item' }],
  go: [{ kind: 'import_spec', regex: '^"C"$' }],
  java: [{ kind: 'modifiers', regex: '\\bnative\\b' }],
  csharp: [{ kind: 'attribute', regex: '^(DllImport|LibraryImport)\\b' }],
}

const WORDS = new Map<RegExp, readonly string[] | undefined>()

/** The words a callee pattern needs, derived once per pattern. */
function wordsOf(re: RegExp): readonly string[] | undefined {
  if (!WORDS.has(re)) WORDS.set(re, regexWords(re.source))
  return WORDS.get(re)
}

function addPath(manifest: CapabilityManifest, mode: 'read' | 'write', path: string | undefined): void {
  if (path === undefined) manifest.fs.dynamic = true
  else addUnique(manifest.fs[mode], path)
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value)
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined
  } catch {
    return undefined
  }
}

function unquote(text: string): string {
  return text
    .replace(/^[rbuf@$]*(?:"""|'''|"|'|`)/i, '')
    .replace(/(?:"""|'''|"|'|`)$/, '')
}
