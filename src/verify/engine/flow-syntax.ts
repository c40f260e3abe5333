/**
 * Node kinds of the ten tree-sitter grammars, grouped by the role they play for data flow.
 * The grammars rarely reuse a kind name for different things, so one union per role serves all.
 */

export const FUNCTION_KINDS = new Set<unknown>([
  'function_definition', // python, c, cpp, php
  'function_declaration', // js, ts, go
  'generator_function_declaration',
  'function_expression',
  'function', // older js grammars
  'arrow_function',
  'method_definition',
  'method_declaration', // java, c#, go, php
  'constructor_declaration',
  'lambda_expression', // java, c#, cpp
  'lambda',
  'func_literal',
  'function_item', // rust
  'closure_expression',
  'local_function_statement',
  'anonymous_function', // php
  'anonymous_function_creation_expression',
  'decorated_definition',
])

export const PARAMETER_LIST_KINDS = new Set<unknown>([
  'parameters', // python, rust
  'lambda_parameters',
  'formal_parameters', // js, ts, java, php
  'parameter_list', // go, c, cpp, c#
  'closure_parameters',
])

export const IDENTIFIER_KINDS = new Set<unknown>([
  'identifier',
  'variable_name', // php: $x
  'shorthand_property_identifier_pattern',
  'shorthand_property_identifier',
])

/** Subtrees that name types, annotations or defaults, never a parameter's own name. */
export const NON_NAME_KINDS = new Set<unknown>([
  'array_type',
  'type',
  'type_annotation',
  'type_identifier',
  'predefined_type',
  'primitive_type',
  'integral_type',
  'floating_point_type',
  'generic_type',
  'qualified_type',
  'pointer_type',
  'reference_type',
  'scoped_type_identifier',
  'qualified_identifier',
  'nullable_type',
  'slice_type',
  'map_type',
  'modifiers',
  'modifier',
  'attribute_list',
  'annotation',
  'marker_annotation',
  'type_qualifier',
  'placeholder_type_specifier',
  'sized_type_specifier',
  'struct_specifier',
  'optional_type',
  'union_type',
  'named_type',
])

export const STRING_KINDS = new Set<unknown>([
  'string', // python, js, php single-quoted
  'concatenated_string',
  'template_string',
  'string_literal', // c, cpp, java, rust, c#
  'raw_string_literal',
  'interpreted_string_literal',
  'verbatim_string_literal',
  'interpolated_string_expression',
  'encapsed_string', // php double-quoted
  'heredoc',
  'nowdoc',
  'text_block',
  'char_literal',
  'character_literal',
  'rune_literal',
])

/** Parts of a string literal that are literal text. */
export const STRING_PART_KINDS = new Set<unknown>([
  'string_content',
  'string_fragment',
  'string_start',
  'string_end',
  'escape_sequence',
  'interpolation_start',
  'interpolation_brace',
  'interpolation_quote',
  'interpreted_string_literal_content',
  'raw_string_literal_content',
  'heredoc_start',
  'heredoc_end',
  'nowdoc_body',
  'string_literal_content',
  'multiline_string_fragment',
  'string_value',
  'format_specifier',
  'format_expression',
  'type_conversion',
])

export const LITERAL_KINDS = new Set<unknown>([
  'integer',
  'float',
  'int_literal', // go
  'true',
  'false',
  'none',
  'null',
  'nil',
  'iota',
  'undefined',
  'number',
  'number_literal',
  'integer_literal',
  'float_literal',
  'real_literal',
  'boolean_literal',
  'boolean',
  'null_literal',
  'decimal_integer_literal',
  'hex_integer_literal',
  'octal_integer_literal',
  'binary_integer_literal',
  'decimal_floating_point_literal',
  'imaginary_literal',
  'sizeof_expression',
  'alignof_expression',
  'regex',
  'nullptr',
  'unit_expression',
  'class_literal',
  'typeof_expression',
  'nameof_expression',
])

/** Code literals: a function value is not data. */
export const CODE_LITERAL_KINDS = new Set<unknown>(['arrow_function', 'function_expression', 'lambda', 'lambda_expression', 'closure_expression', 'func_literal', 'anonymous_function'])

export const CALL_KINDS = new Set<unknown>([
  'call', // python
  'call_expression', // js, ts, go, c, cpp, rust
  'new_expression',
  'method_invocation', // java
  'object_creation_expression', // java, c#, php
  'invocation_expression', // c#
  'function_call_expression', // php
  'member_call_expression',
  'nullsafe_member_call_expression',
  'scoped_call_expression',
  'macro_invocation', // rust
  'implicit_object_creation_expression', // c# new()
])

export const ARGUMENT_LIST_KINDS = new Set<unknown>(['argument_list', 'arguments', 'token_tree'])

export const MEMBER_KINDS = new Set<unknown>([
  'attribute', // python
  'member_expression', // js
  'selector_expression', // go
  'field_expression', // c, rust
  'field_access', // java
  'member_access_expression', // c#, php
  'nullsafe_member_access_expression',
  'scoped_identifier', // rust a::b
  'scoped_property_access_expression',
  'class_constant_access_expression',
  'qualified_identifier',
])

export const SUBSCRIPT_KINDS = new Set<unknown>([
  'subscript', // python
  'subscript_expression', // js, c, php
  'index_expression', // go, rust
  'array_access', // java
  'element_access_expression', // c#
])

interface AssignmentShape {
  left: string
  right: string
  /** `+=` and its kin add to the old value instead of replacing it */
  accumulates?: boolean
  /** left and right swapped in source order, as in `with f() as x` */
  rightFirst?: boolean
  /** only with both fields present: never guess by child position */
  strict?: boolean
}

export const ASSIGNMENT_SHAPES: Record<string, AssignmentShape> = {
  assignment: { left: 'left', right: 'right' },
  augmented_assignment: { left: 'left', right: 'right', accumulates: true },
  assignment_expression: { left: 'left', right: 'right' },
  augmented_assignment_expression: { left: 'left', right: 'right', accumulates: true },
  compound_assignment_expr: { left: 'left', right: 'right', accumulates: true },
  variable_declarator: { left: 'name', right: 'value' },
  init_declarator: { left: 'declarator', right: 'value' },
  let_declaration: { left: 'pattern', right: 'value' },
  short_var_declaration: { left: 'left', right: 'right' },
  assignment_statement: { left: 'left', right: 'right' },
  var_spec: { left: 'name', right: 'value' },
  const_spec: { left: 'name', right: 'value' },
  for_statement: { left: 'left', right: 'right' },
  for_in_statement: { left: 'left', right: 'right' },
  for_each_statement: { left: 'left', right: 'right' },
  foreach_statement: { left: 'left', right: 'right', strict: true }, // c#; php's has no such fields
  resource: { left: 'name', right: 'value', strict: true }, // java try-with-resources
  enhanced_for_statement: { left: 'name', right: 'value' },
  range_clause: { left: 'left', right: 'right' },
  for_expression: { left: 'pattern', right: 'value', strict: true }, // rust for x in y
  let_condition: { left: 'pattern', right: 'value', strict: true }, // rust if let / while let
  named_expression: { left: 'name', right: 'value' },
  as_pattern: { left: 'alias', right: 'value', rightFirst: true },
  public_field_definition: { left: 'name', right: 'value' },
  field_definition: { left: 'property', right: 'value' },
  property_element: { left: 'name', right: 'value' },
  const_element: { left: 'name', right: 'value' },
  static_item: { left: 'name', right: 'value' },
  const_item: { left: 'name', right: 'value' },
  property_declaration: { left: 'name', right: 'value' },
}

export const BLOCK_KINDS = new Set<unknown>([
  'block',
  'compound_statement',
  'statement_block',
  'statement_list',
  'module',
  'program',
  'translation_unit',
  'source_file',
  'compilation_unit',
  'declaration_list',
  'class_body',
  'switch_section',
  'case_clause',
  'expression_case',
])

export const IF_KINDS = new Set<unknown>(['if_statement', 'if_expression', 'if_let_expression', 'conditional_expression', 'ternary_expression', 'while_statement', 'for_statement', 'while_expression'])

/** Statements that leave the current path: after `if (bad) <exit>` the rest is guarded. */
export const EXIT_KINDS = new Set<unknown>([
  'return_statement',
  'return_expression',
  'break_statement',
  'break_expression',
  'continue_statement',
  'goto_statement',
  'throw_statement',
  'throw_expression',
  'raise_statement',
  'exit_statement', // php exit; / die;
  'panic',
])
export const EXIT_CALLEES = /^(?:exit|_exit|abort|die|panic|std::abort|std::exit|os\.Exit|log\.Fatal\w*|sys\.exit|process\.exit|err|errx|assert|usage|bail|anyhow::bail|unreachable|unimplemented|todo|http\.Error)$/

/** Type subtrees that carry no data when a value is computed; array types do (`new byte[n]`). */
export const TYPE_ONLY_KINDS = new Set<unknown>([...NON_NAME_KINDS].filter((k) => k !== 'array_type'))
