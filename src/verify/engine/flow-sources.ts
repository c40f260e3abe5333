import type { LanguageId } from '../../core/properties.js'

/**
 * Where external input enters a program, per language. Each pattern is tested against the
 * normalised text of a callee, member access or subscript the parser has already isolated
 * (whitespace removed, `?.` read as `.`).
 */
export interface SourceTable {
  /** callees, member accesses or subscripts whose value is external input */
  external: RegExp
  /** calls that write external input into one of their arguments (`fgets(buf, …)`) */
  outParams: RegExp
  /** numeric conversions: their result cannot carry an injection, but still carries a size */
  numeric: RegExp
  /** decorators, annotations or attributes that make every parameter of a function external input */
  handler?: RegExp
  /** parameter declarations that are external input by their annotation or type */
  externalParam?: RegExp
}

const STDIO_OUT = /^(?:std::)?(?:fgets|gets|scanf|fscanf|sscanf|vscanf|read|pread|recv|recvfrom|recvmsg|fread|getline|getdelim|std::getline|getline)$/

export const SOURCES: Record<LanguageId, SourceTable> = {
  c: {
    external: /^(?:argv|getchar|fgetc|getc|optarg|readline|getpass|GetCommandLineA|GetCommandLineW|CommandLineToArgvW)$/,
    outParams: STDIO_OUT,
    numeric: /^(?:atoi|atol|atoll|atof|strtol|strtoul|strtoll|strtoull|strtod|strlen|sizeof)$/,
  },
  cpp: {
    external: /^(?:std::)?(?:argv|getchar|fgetc|getc|optarg|readline|getpass|GetCommandLineA|GetCommandLineW)$|^std::cin$|^cin$|^(?:QCoreApplication|QApplication|qApp)(?:::|->)arguments$/,
    outParams: STDIO_OUT,
    numeric: /^(?:std::)?(?:atoi|atol|atoll|atof|strtol|strtoul|strtoll|strtoull|strtod|strlen|stoi|stol|stoul|stoll|stoull|stod|stof)$|\.(?:size|length)$/,
    // request objects of C++ HTTP servers: cpp-httplib, Crow, Drogon, Pistache, Boost.Beast, cpprestsdk, Qt HTTP Server, oat++
    externalParam: /\b(?:httplib::Request|crow::request|(?:drogon::)?HttpRequestPtr|Pistache::(?:Rest|Http)::Request|(?:beast::)?http::request\s*<|web::http::http_request|QHttpServerRequest|oatpp::web::protocol::http::incoming::Request|IncomingRequest)\b/,
  },
  rust: {
    external:
      /^(?:std::)?env::(?:args|args_os)$|^args$|^(?:std::)?io::stdin$|^stdin$|\.(?:query_string|match_info|headers|uri|body|peer_addr|into_body|body_bytes|body_string|body_json|body_form)$|^(?:std::|tokio::|async_std::)?fs::(?:read_to_string|read)$|^(?:std::)?io::read_to_string$/,
    outParams: /\.(?:read_line|read_to_string|read_to_end|read|read_exact|read_buf)$/,
    numeric: /\.(?:parse(?:::<\w+>)?|len|count)$|^(?:u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64)::(?:from_str|from_str_radix)$|^Uuid::parse_str$/,
    externalParam:
      /\b(?:(?:web::)?(?:Query|Json|Path|Form)\s*<|TypedHeader\s*<|(?:Multipart|RawQuery|RawForm|RawBody|HeaderMap|Bytes|BodyStream|web::Bytes|web::Payload|HttpRequest|TcpStream)\b|Request\s*<)/,
    handler: /#\[\s*(?:get|post|put|delete|patch|head|options|route|handler|(?:actix_web|rocket|poem|salvo)::\w+)\s*[(\]]/,
  },
  go: {
    external:
      /\.(?:FormValue|PostFormValue|FormFile|Cookie|Cookies|Query|URL\.Query|URL\.Path|URL\.RawQuery|Header\.Get|Body|Form|PostForm|MultipartForm|Host|RequestURI|UserAgent|Referer|Param|PostForm|DefaultQuery|GetHeader|ShouldBind\w*|Bind\w*|ReadString|ReadBytes|ReadLine|Text|Bytes|QueryParam|QueryParams|QueryArray|GetQuery|GetPostForm|PostFormArray|DefaultPostForm|PathParam|PathValue|Params|ParamValues|FormParams|GetRawData|BodyParser|OriginalURL|RealIP|ClientIP|RemoteAddr)$|^os\.(?:Args|Stdin|ReadFile)$|^(?:io|ioutil)\.ReadAll$|^ioutil\.ReadFile$|^mux\.Vars$|^chi\.URLParam$|^flag\.(?:Arg|Args|String|Int|Int64|Uint)$|^bufio\.NewReader\(os\.Stdin\)/,
    outParams: /\.(?:Read|ReadFull|Scan|Scanln|Scanf|Decode|Unmarshal|ReadAt|ShouldBind\w*|Bind\w*|BodyParser|QueryParser|ParamsParser|ReqHeaderParser)$|^fmt\.(?:Scan|Scanln|Scanf|Sscanf|Fscan|Fscanf)$|^(?:json|xml|yaml)\.Unmarshal$|^io\.ReadFull$|^(?:flag\.(?:StringVar|IntVar|Int64Var|UintVar))$/,
    numeric: /^strconv\.(?:Atoi|ParseInt|ParseUint|ParseFloat|ParseBool)$|^len$|^(?:int|int8|int16|int32|int64|uint|uint8|uint16|uint32|uint64|float32|float64|bool)$|^uuid\.(?:Parse|MustParse)$/,
  },
  java: {
    external:
      /\.(?:getParameter|getParameterValues|getParameterMap|getHeader|getHeaders|getQueryString|getCookies|getInputStream|getReader|getPathInfo|getRequestURI|getRequestURL|getRemoteUser|getPart|getParts|readLine|nextLine|nextInt|next|readAllBytes|readUTF|getRequestBody|getOriginalFilename|getSubmittedFileName|getParameterNames|getHeaderNames|getServletPath|getRequestHeaders|getRemoteAddr|readInt|readLong|readShort|readUnsignedShort|readNBytes)$|^System\.in$|^Files\.(?:readString|readAllLines|readAllBytes|lines|newBufferedReader)$/,
    outParams: /\.(?:read|readFully)$/,
    numeric: /^(?:Integer\.(?:parseInt|valueOf)|Long\.(?:parseLong|valueOf)|Double\.parseDouble|Short\.parseShort|Boolean\.parseBoolean|UUID\.fromString)$|\.(?:length|size)$/,
    handler: /@(?:Get|Post|Put|Delete|Patch|Request)Mapping\b|@(?:GET|POST|PUT|DELETE|PATCH)\b/,
    externalParam: /@(?:RequestParam|PathVariable|RequestBody|RequestHeader|CookieValue|QueryParam|PathParam|FormParam|HeaderParam|MatrixVariable|RequestPart|ModelAttribute|QueryValue|Body|Header|RestQuery|RestPath|RestForm|RestHeader|BeanParam)\b/,
  },
  python: {
    external:
      /^(?:flask\.)?request\.(?:args|form|values|json|data|files|cookies|headers|get_json|get_data|stream|query_params|path_params|GET|POST|FILES|COOKIES|META|body|query_string|environ|remote_addr|url|full_path|path|view_args|match_info|rel_url|query|post|text|content|host|authorization|remote_user|url_root|base_url|host_url|access_route|user_agent|referrer)(?!\w)|^self\.request\.(?:GET|POST|body|data|query_params|FILES|COOKIES|META|arguments|query_arguments|body_arguments|headers|files|uri|path|query)|^self\.(?:headers|rfile|path|get_argument|get_arguments|get_query_argument|get_query_arguments|get_body_argument|get_body_arguments|get_cookie|get_secure_cookie)\b|^environ\[|^environ\.get$|^sys\.(?:argv|stdin)|^input$|^raw_input$|\.(?:recv|recvfrom|recv_into|read|readline|readlines|read_text|read_bytes)$|^(?:json\.load|pickle\.load|yaml\.safe_load|tomllib\.load|csv\.reader|csv\.DictReader)$|^(?:await)?websocket\.receive\w*$|^event\[|^event\.get$|^context\.args|^args\.\w+$|^parser\.parse_args$/,
    outParams: /^$/,
    numeric: /^(?:int|float|len|bool|abs|round|ord|uuid\.UUID|decimal\.Decimal|Decimal|datetime\.\w+)$/,
    handler: /@\w*(?:app|router|bp|blueprint|api)\w*\.(?:route|get|post|put|delete|patch|websocket|api_route)\b|@\w+\.(?:route|get|post|put|delete|patch|websocket|api_route)\s*\(\s*["'f]|@api_view\b|@click\.(?:command|group)\b|@\w+\.command\s*\(|@(?:app\.)?(?:route|get|post)\(/,
  },
  javascript: {
    external:
      /^(?:req|request|ctx\.request|ctx|c\.req)\.(?:query|body|params|headers|cookies|url|originalUrl|path|hostname|ip|files|file|rawBody|param|header|get|json|text|formData|payload|signedCookies|nextUrl|searchParams|arrayBuffer|blob|valid|host|protocol|subdomains|raw)\b|^event\.(?:body|queryStringParameters|pathParameters|multiValueQueryStringParameters|headers|rawQueryString|rawPath)\b|^(?:await)?(?:req|request)\.(?:json|text|formData|arrayBuffer)$|^process\.(?:argv|stdin)|^(?:window\.)?location\.(?:search|hash|href|pathname)|^document\.(?:cookie|location|URL|referrer|documentURI)|^(?:window\.)?name$|^(?:event|e|evt|msg|message)\.data$|^(?:fs\.)?readFileSync$|^(?:fs\.promises\.|fsp\.)?readFile$|^prompt$|^(?:new)?URLSearchParams|\.searchParams\.get$|^(?:await)?(?:readline|rl)\.question$|^(?:Deno\.args|Bun\.argv)|^localStorage\.getItem$|^sessionStorage\.getItem$/,
    outParams: /^$/,
    numeric: /^(?:parseInt|parseFloat|Number|Math\.\w+|Boolean|BigInt)$|\.length$/,
    // NestJS / routing-controllers parameter decorators.
    externalParam: /^@(?:Query|Param|Params|Body|Headers|Header|Req|Request|UploadedFile|UploadedFiles|Cookies|QueryParam|QueryParams|BodyParam|HeaderParam|CookieParam)\s*\(/,
  },
  typescript: {
    external: /^$/, // filled below: TypeScript shares JavaScript's sources
    outParams: /^$/,
    numeric: /^$/,
  },
  csharp: {
    external:
      /^(?:[\w]+\.)*Request\.(?:Query|Form|Headers|Cookies|Body|BodyReader|QueryString|Params|RouteValues|Path|PathBase|Url|RawUrl|InputStream|Files|Host|ReadFormAsync|ReadFromJsonAsync)|^(?:req|request|httpRequest)\.(?:Query|Form|Headers|Cookies|Body|QueryString|Path|RouteValues|ReadFormAsync|ReadFromJsonAsync)|^args$|\.(?:GetQueryNameValuePairs|GetQueryParameterDictionary)$|^Console\.(?:ReadLine|Read|In)|^Environment\.(?:GetCommandLineArgs|CommandLine)|^File\.(?:ReadAllText|ReadAllLines|ReadAllBytes|OpenRead)|\.(?:ReadToEnd|ReadToEndAsync|ReadLine|ReadLineAsync|ReadAsStringAsync|ReadFromJsonAsync)$/,
    outParams: /\.(?:Read|ReadAsync|ReadExactly|ReadBlock)$/,
    numeric: /^(?:int|long|short|double|float|decimal|uint|ulong|Guid|bool|Int32|Int64|Double)\.(?:Parse|TryParse)$|^Convert\.To(?:Int\d+|Double|Decimal|Boolean)$|\.(?:Length|Count)$/,
    handler: /\[\s*(?:Http(?:Get|Post|Put|Delete|Patch)|Route)\b|\bpublic\b[^(]*\b(?:I?ActionResult|IResult|ContentResult|JsonResult|ViewResult|FileResult|PartialViewResult|RedirectResult)\b/,
    externalParam: /\[\s*(?:[\w.]+\.)?(?:HttpTrigger|From(?:Query|Body|Route|Form|Header))(?:Attribute)?\b/,
  },
  php: {
    external:
      /^\$_(?:GET|POST|REQUEST|COOKIE|FILES|SERVER)\b|^\$argv\b|^\$HTTP_RAW_POST_DATA|^\\?(?:fgets|fgetc|fgetcsv|fread|fscanf|readline|stream_get_contents|stream_get_line|socket_read|file|file_get_contents|filter_input|filter_input_array|apache_request_headers|getallheaders|getopt|request)$|^\$(?:request|req)->(?:input|query|post|get|cookie|cookies|header|headers|file|files|allFiles|all|json|getContent|route|only|except|string|str|integer|float|boolean|date|enum|collect|validate|validated|safe|keys|path|url|fullUrl|fullUrlWithQuery|ip|userAgent|server|request|attributes|getPayload|toArray|getQueryParams|getParsedBody|getCookieParams|getUploadedFiles|getServerParams|getHeaderLine|getHeader|getHeaders|getBody|getUri|getQueryString|getRequestUri|getPathInfo|getAttribute)\b|^request\(\)|^\\?(?:Illuminate\\Support\\Facades\\)?(?:Request|Input)::(?:input|get|query|all|post|cookie|file|header|json|only|except)\b|^\$this->request->|^\$this->input->(?:get|post|cookie|get_post|post_get|server|user_agent|ip_address|request_headers|get_request_header|input_stream|raw_input_stream)\b|^\$input->(?:getArgument|getOption|getArguments|getOptions)\b|^\$this->(?:argument|option)\b/,
    outParams: /^$/,
    numeric: /^\\?(?:intval|floatval|boolval|abs|count|sizeof|strlen|mb_strlen|round|floor|ceil|intdiv|crc32|ord|is_numeric|ctype_digit|in_array|array_key_exists|isset|empty|\(int\)|\(float\)|\(bool\))$/,
    handler: /#\[\s*(?:\\?[\w\\]*\\)?Route\s*\(/,
    externalParam: /#\[\s*(?:\\?[\w\\]*\\)?Map(?:QueryParameter|RequestPayload|QueryString|UploadedFile)\b/,
  },
}
SOURCES.typescript = SOURCES.javascript

/**
 * Calls whose result is their inputs rearranged: formatting, joining, case and trim changes.
 * The value is as trusted as what went in.
 */
export const PROPAGATING_CALLEES =
  /(?:^|\.|::|->)(?:format|format_map|join|concat|replace|replaceAll|strip|lstrip|rstrip|lower|upper|toLowerCase|toUpperCase|toLower|toUpper|trim|trimStart|trimEnd|Trim|substring|substr|slice|split|encode|decode|toString|ToString|String|str|repr|Sprintf|Sprint|Sprintln|sprintf|snprintf|vsprintf|asprintf|to_string|to_owned|clone|into|as_str|as_ref|unwrap|unwrap_or|expect|to_str|push_str|append|Append|AppendFormat|Join|Combine|Concat|Format|fsPath|resolve|normalize|Clean|Abs|FromSlash|ToSlash|path\.join|os\.path\.join|filepath\.Join|Paths\.get|Path\.of|Path\.Combine|strcat|strncat|strcpy|strncpy|implode|sprintf|vsprintf|str_replace|trim|rtrim|ltrim|strtolower|strtoupper|urldecode|rawurldecode|base64_decode|b64decode|unquote|get|getOrDefault|pop|first|last|Get|Value|values|keys|items|entries|map|filter|reduce|copy|deepcopy|list|dict|tuple|set|bytes|bytearray|fromhex|parse_qs|loads|parse|JSON\.parse|json\.loads|of|asList|listOf|setOf|mapOf|copyOf|singletonList|unmodifiableList|Trim|TrimSpace|TrimPrefix|TrimSuffix|Fields|SplitN|Replace|ReplaceAll|Title|ToLower|ToUpper|Sprintf|Errorf|NewReader|NewString|valueOf|toCharArray|getBytes|GetBytes|f|write|writeln)$/

/** Macros (Rust) whose expansion is their arguments formatted. */
export const FORMAT_MACROS = /^(?:format|concat|vec|format_args|stringify|include_str|env)$/
