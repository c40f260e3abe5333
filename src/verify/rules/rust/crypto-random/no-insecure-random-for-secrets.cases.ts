import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use rand::{distributions::Alphanumeric, Rng};\nfn session_token() -> String {\n    rand::thread_rng().sample_iter(&Alphanumeric).take(32).map(char::from).collect()\n}',
    'use rand::rngs::OsRng;\nuse rand::RngCore;\nfn api_key() -> [u8; 32] {\n    let mut k = [0u8; 32];\n    OsRng.fill_bytes(&mut k);\n    k\n}',
    'fn jitter_ms() -> u64 {\n    fastrand::u64(0..250)\n}',
    'use rand::{rngs::SmallRng, Rng, SeedableRng};\nfn roll_dice() -> u8 {\n    let mut rng = SmallRng::from_entropy();\n    rng.gen_range(1..=6)\n}',
    '// fastrand::u64(..) must not make tokens\nfn token_doc() -> &\'static str {\n    "fastrand::alphanumeric()"\n}',
  ],
  invalid: [
    { code: 'fn generate_token() -> String {\n    (0..32).map(|_| fastrand::alphanumeric()).collect()\n}', line: 2 },
    { code: 'use rand::{rngs::SmallRng, Rng, SeedableRng};\nfn new_user(name: &str) -> User {\n    let mut rng = SmallRng::from_entropy();\n    let reset_code: u32 = rng.gen_range(100000..999999);\n    User { name: name.into(), reset_code }\n}', line: 4 },
    { code: 'use rand::{rngs::StdRng, Rng, SeedableRng};\nfn nonce() -> [u8; 12] {\n    let mut r = StdRng::seed_from_u64(42);\n    r.gen()\n}', line: 4 },
    { code: 'fn random_string(n: usize) -> String {\n    (0..n).map(|_| fastrand::alphanumeric()).collect()\n}\nfn login() {\n    let session_id = random_string(24);\n}', line: 2 },
  ],
})
