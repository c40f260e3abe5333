import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$c = openssl_encrypt($data, 'aes-256-gcm', $key, 0, $iv, $tag);",
    "<?php\n$c = openssl_encrypt($data, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, $iv);",
    "<?php\n// openssl_encrypt($d, 'des-ecb', $k) is weak\n$s = 'des-ecb';",
    "<?php\n$aes = new AES('gcm');",
    "<?php\n$x = $cipher->openssl_encrypt($d, 'des-ecb');",
  ],
  invalid: [
    { code: "<?php\n$c = openssl_encrypt($data, 'des-ede3-cbc', $key, 0, $iv);", line: 2 },
    { code: "<?php\n$c = openssl_encrypt($data, 'aes-128-ecb', $key);", line: 2 },
    { code: "<?php\nconst CIPHER = 'bf-cbc';\n$p = openssl_decrypt($c, CIPHER, $key, 0, $iv);", line: 3 },
    { code: "<?php\n$c = mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_MODE_ECB);", line: 2 },
    { code: "<?php\nuse phpseclib3\\Crypt\\TripleDES;\n$des = new TripleDES('cbc');", line: 3 },
    { code: "<?php\n$c = openssl_encrypt($data, 'rc4', $key);", line: 2 },
  ],
})
