import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void shuffle_deck(std::vector<int> &deck) { std::random_device rd; std::mt19937 g(rd()); std::shuffle(deck.begin(), deck.end(), g); }',
    'double jitter() { static std::mt19937 gen(42); std::uniform_real_distribution<double> d(0, 1); return d(gen); }',
    'std::string make_token() { unsigned char b[16]; RAND_bytes(b, sizeof b); return hex(b); }',
    'int pick(std::vector<int> &v) { std::mt19937 gen(7); std::uniform_int_distribution<size_t> d(0, v.size() - 1); return v[d(gen)]; /* token = d(gen) */ }',
  ],
  invalid: [
    { code: 'std::string make_api_key() {\n  std::random_device rd;\n  std::mt19937 gen(rd());\n  std::uniform_int_distribution<int> d(0, 61);\n  std::string s;\n  for (int i = 0; i < 32; i++) s += "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[d(gen)];\n  return s;\n}', line: 3 },
    { code: 'void f(Session &s) {\n  std::mt19937_64 eng(std::time(nullptr));\n  s.session_id = eng();\n}', line: 2 },
    { code: 'void f() {\n  std::default_random_engine e;\n  std::uniform_int_distribution<int> d(0, 999999);\n  int otp = d(e);\n  send(otp);\n}', line: 2 },
  ],
})
