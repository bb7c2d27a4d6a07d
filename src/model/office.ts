/**
 * Offices that several people hold in turn, so that "what did the Secretary-General say" can be asked
 * whoever held the office: a Position names its office when it is one of these.
 */
export enum Office {
  UN_SECRETARY_GENERAL = 'UN_SECRETARY_GENERAL',
  UNGA_PRESIDENT = 'UNGA_PRESIDENT',
  UNODC_EXECUTIVE_DIRECTOR = 'UNODC_EXECUTIVE_DIRECTOR',
  UNODC_ADVOCACY_SECTION_CHIEF = 'UNODC_ADVOCACY_SECTION_CHIEF',
  AHC_CHAIR = 'AHC_CHAIR',
  AHC_VICE_CHAIR = 'AHC_VICE_CHAIR',
  AHC_RAPPORTEUR = 'AHC_RAPPORTEUR',
}
