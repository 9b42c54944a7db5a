/** The dialog engine's public API: the engine, its content types, ports and the pieces others reuse. */
export * from './types';
export { createDialogEngine, type DialogEngine, type DialogEngineDeps } from './engine';
export { createOfflineMatcher, type OfflineMatcherOptions } from './understanding/offline-matcher';
export { createSandboxConnector, type SandboxConnectorOptions } from './sandbox-connector';
export { createKnowledgeIndex, type KnowledgeIndex, type RetrievalHit } from './knowledge/retrieval';
export { redactPersonalData, type PersonalDataKind, type Redaction } from './privacy/redact';
export { assessRisk, type RiskAssessment } from './guardrails/risk/assess-risk';
export { detectCommand, type Command } from './commands';
export { validateSlot, validatePostcode, validateDate, validateReference, validateYesNo, validateChoice, validateHouse, validateText, type Validation } from './validators';
