export enum TreatyKind {
  CONVENTION = 'CONVENTION',
  PROTOCOL = 'PROTOCOL',
}

export enum TreatyStage {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
}
