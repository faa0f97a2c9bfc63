// Offline schema check of rendered Kubernetes manifests (run by .ci/kubernetes-validate, which renders them with
// `kubectl kustomize` and installs this directory's packages with `npm ci`).
//
//   node validate.mjs RENDERED.yaml...
//
// Every document must pass, or the exit code is 1:
//   - core objects: the kubernetes-models validator of their apiVersion/kind (types, required fields, formats;
//     Kubernetes 1.27 schemas), which ignores unknown fields, so also the TypeScript compiler's excess-property check
//     of the document against the same package's declared interface: a misspelt or unknown field anywhere in the
//     object is an error;
//   - mariadb-operator objects (k8s.mariadb.com/v1alpha1): the openAPIV3Schema of the operator's CRD
//     (mariadb-operator-26.6.0.schema.json beside this file), made strict: an object schema that lists properties
//     and neither allows others nor preserves unknown fields refuses any other field, as the API server's strict
//     field validation does;
//   - any other apiVersion/kind is an error (nothing is waved through unchecked).
// The TypeScript check writes its files to a temporary directory beside this file (so that they resolve its
// node_modules) and removes it.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs RENDERED.yaml...");
  process.exit(2);
}

const crdSchemas = JSON.parse(readFileSync(join(here, "mariadb-operator-26.6.0.schema.json"), "utf8")).schemas;

function strict(schema) {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== "object") return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, strict(value)]));
  if (copy.properties && copy.additionalProperties === undefined && !copy["x-kubernetes-preserve-unknown-fields"]) {
    copy.additionalProperties = false;
  }
  return copy;
}

// The CRDs' formats (int32, int64, date-time...) are Kubernetes's; their x-kubernetes-* keywords are not JSON Schema.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const crdValidators = new Map();
function crdValidator(key) {
  if (!crdValidators.has(key)) crdValidators.set(key, ajv.compile(strict(crdSchemas[key])));
  return crdValidators.get(key);
}

// apiVersion "apps/v1" -> "apps/v1"; core "v1" -> "v1": the package's module path for that group version.
const modelPath = (apiVersion) => `kubernetes-models/${apiVersion}`;

const documents = [];
for (const file of files) {
  for (const parsed of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (parsed.errors.length > 0) {
      documents.push({ file, error: parsed.errors.map((e) => e.message).join("; ") });
      continue;
    }
    const doc = parsed.toJS();
    if (doc !== null) documents.push({ file, doc });
  }
}

const failures = new Map(); // index -> messages
const fail = (index, message) => failures.set(index, [...(failures.get(index) ?? []), message]);
const describe = ({ doc, file }) =>
  doc ? `${doc.apiVersion ?? "?"} ${doc.kind ?? "?"} ${doc.metadata?.namespace ? doc.metadata.namespace + "/" : ""}${doc.metadata?.name ?? "?"}` : file;

const typeChecks = [];
for (const [index, { doc, error }] of documents.entries()) {
  if (error) {
    fail(index, `YAML: ${error}`);
    continue;
  }
  const { apiVersion, kind } = doc;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    fail(index, "no apiVersion or kind");
    continue;
  }
  const crdKey = `${apiVersion}/${kind}`;
  if (apiVersion.includes("k8s.mariadb.com/")) {
    if (!crdSchemas[crdKey]) {
      fail(index, `no CRD schema for ${crdKey}`);
      continue;
    }
    const validate = crdValidator(crdKey);
    if (!validate(doc)) {
      for (const e of validate.errors) {
        const extra = e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : "";
        fail(index, `${e.instancePath || "/"} ${e.message}${extra}`);
      }
    }
    continue;
  }
  let model;
  try {
    model = (await import(modelPath(apiVersion)))[kind];
  } catch {
    model = undefined;
  }
  if (typeof model !== "function") {
    fail(index, `unknown apiVersion/kind ${crdKey} (not in kubernetes-models 5.1.0)`);
    continue;
  }
  try {
    new model(doc).validate();
  } catch (e) {
    fail(index, `schema: ${e.message.replace(/\s+/g, " ")}`);
  }
  typeChecks.push({ index, apiVersion, kind, doc });
}

// The excess-property check: one TypeScript file per core document, `const doc: IKind = <the document>`.
const workDir = mkdtempSync(join(here, "typecheck-"));
const sources = new Map();
for (const { index, apiVersion, kind, doc } of typeChecks) {
  const source = join(workDir, `doc-${index}.ts`);
  writeFileSync(
    source,
    `import type { I${kind} } from "${modelPath(apiVersion)}/${kind}";\n` +
      `export const doc: I${kind} = ${JSON.stringify(doc, null, 2)};\n`,
  );
  sources.set(source, index);
}
if (sources.size > 0) {
  const program = ts.createProgram([...sources.keys()], {
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    types: [],
  });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const index = diagnostic.file ? sources.get(diagnostic.file.fileName) : undefined;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    if (index === undefined) {
      console.error(`kubernetes-validate: TypeScript: ${message}`);
      process.exit(2);
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const text = diagnostic.file.text.split("\n")[line].trim();
    fail(index, `fields: ${message} (at ${text})`);
  }
}
rmSync(workDir, { recursive: true, force: true });

for (const [index, entry] of documents.entries()) {
  const messages = failures.get(index);
  console.log(`${messages ? "FAIL" : "ok  "} ${describe(entry)}`);
  for (const message of messages ?? []) console.log(`     ${message}`);
}
console.log(`kubernetes-validate: ${documents.length - failures.size} passed, ${failures.size} failed`);
process.exit(failures.size === 0 ? 0 : 1);
