/**
 * A REFI-QDA project (`project.qde`) as read, before anything is stored. GUIDs are normalised
 * (lowercase, no braces); positions are as the producer wrote them (mapped later, per producer).
 */
export interface RefiUser {
  guid: string;
  name: string;
}

export interface RefiCode {
  guid: string;
  name: string;
  color: string | null;
  description: string;
  isCodable: boolean;
  noteRefs: string[];
  children: RefiCode[];
}

export type RefiVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface RefiVariable {
  guid: string;
  name: string;
  type: RefiVariableType;
  description: string;
}

export interface RefiVariableValue {
  variableGuid: string;
  /** The value as text ("12", "true", "2024-05-01"); null when the element was empty. */
  value: string | null;
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  created: string | null;
  noteRefs: string[];
}

export interface RefiSelection {
  guid: string;
  name: string;
  start: number;
  end: number;
  creatingUser: string | null;
  created: string | null;
  description: string;
  codings: RefiCoding[];
  noteRefs: string[];
}

export interface RefiTextSource {
  guid: string;
  name: string;
  description: string;
  plainTextPath: string | null;
  plainTextContent: string | null;
  richTextPath: string | null;
  creatingUser: string | null;
  created: string | null;
  selections: RefiSelection[];
  /** Codings of the whole source (REFI allows `<Coding>` directly in a TextSource). */
  codings: RefiCoding[];
  noteRefs: string[];
  values: RefiVariableValue[];
  /** Where it was found: a TextSource, or the text representation of a PDFSource. */
  origin: 'TextSource' | 'PDF representation';
}

export interface RefiCase {
  guid: string;
  name: string;
  description: string;
  values: RefiVariableValue[];
  sourceRefs: string[];
  selectionRefs: string[];
  codeRefs: string[];
}

export interface RefiNote {
  guid: string;
  name: string;
  description: string;
  text: string | null;
  plainTextPath: string | null;
  creatingUser: string | null;
  created: string | null;
  modified: string | null;
}

export interface RefiLink {
  guid: string;
  name: string;
  originGuid: string | null;
  targetGuid: string | null;
}

export interface RefiSet {
  guid: string;
  name: string;
  description: string;
  memberSources: string[];
  memberCodes: string[];
  memberNotes: string[];
}

/** Something in the file Telaah does not take in, with why (for the import report). */
export interface RefiSkipped {
  what: string;
  name: string;
  reason: string;
}

export interface RefiProject {
  name: string;
  origin: string;
  description: string;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  textSources: RefiTextSource[];
  notes: RefiNote[];
  links: RefiLink[];
  sets: RefiSet[];
  projectNoteRefs: string[];
  /** Elements skipped while reading (pictures, audio, video, graphs...). */
  skipped: RefiSkipped[];
  warnings: string[];
}
