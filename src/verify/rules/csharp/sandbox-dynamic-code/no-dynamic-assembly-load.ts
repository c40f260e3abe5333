import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { args, callName, isConstantCode, receiver, resolve } from '../../java/_utils/managed.js'

export default defineRule({
  id: 'csharp/no-dynamic-assembly-load',
  languages: ['csharp'],
  title: 'Assembly or type loaded by a non-constant name',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-470', 'CWE-94'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} loads code selected by non-constant data',
  rationale:
    'Assembly.Load*/LoadFrom and Activator.CreateInstance of a Type.GetType(name) run the module initialisers and constructors of whatever the data names: an attacker who controls the name or path loads their own DLL or instantiates dangerous framework types (CWE-470, CWE-94).',
  safeAlternative: 'Map allowed plugin names to types with a constant dictionary (new Dictionary<string, Func<IPlugin>> { ["csv"] = () => new CsvPlugin() }), and load plugin assemblies only from a fixed, signed, read-only directory.',
  match: {
    rule: {
      kind: 'invocation_expression',
      has: { field: 'function', regex: '\\.(Load|LoadFrom|LoadFile|UnsafeLoadFrom|LoadFromAssemblyPath|LoadFromStream|LoadFromAssemblyName|CreateInstance|CreateInstanceFrom|CreateInstanceAndUnwrap|CreateInstanceFromAndUnwrap)(<.*>)?$' },
    },
  },
  check(node, ctx) {
    const name = callName(node)
    const recv = receiver(node)
    if (!recv) return false
    const recvText = recv.text().replace(/\s+/g, '')
    const a = args(node)
    if (!a[0]) return false
    if (/^Load/.test(name) || name === 'UnsafeLoadFrom') {
      if (!/(?:^|\.)(?:Assembly|AssemblyLoadContext(?:\.Default)?|AppDomain\.CurrentDomain|context|loadContext|alc)$/i.test(recvText)) return false
      return isConstantCode(a[0], ctx) ? false : { data: { CALL: `${recvText.replace(/^.*\./, '')}.${name}` } }
    }
    if (!/(?:^|\.)(?:Activator|AppDomain\.CurrentDomain|domain)$/.test(recvText)) return false
    // Activator.CreateInstance(type): follow the Type to where it was looked up by name.
    const t = resolve(a[0], ctx)
    if (t.kind() === 'invocation_expression' && /^(?:GetType)$/.test(callName(t))) {
      const typeName = args(t)[0]
      return typeName && !isConstantCode(typeName, ctx) ? { data: { CALL: `${recvText.replace(/^.*\./, '')}.${name}(Type.GetType(…))` } } : false
    }
    if (a.length >= 2 && t.kind() !== 'typeof_expression' && (!isConstantCode(a[0], ctx) || !isConstantCode(a[1]!, ctx))) {
      // CreateInstance(assemblyName, typeName) / CreateInstanceFrom(path, typeName): both are strings.
      const isString = (x: SgNode): boolean => /string_literal|binary_expression|interpolated_string_expression/.test(String(resolve(x, ctx).kind())) || /Name|name|path|Path|type|Type/.test(x.text())
      if (isString(a[0]) && isString(a[1]!)) return { data: { CALL: `${recvText.replace(/^.*\./, '')}.${name}` } }
    }
    return false
  },
})
