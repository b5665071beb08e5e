/** The ontology: types and the loader for schema/ontology.yaml. */
export * from './types.ts';
export { DEFAULT_ONTOLOGY_PATH, loadOntology } from './load.ts';
