/// A signed memorandum of understanding (nota kesepakatan) between the Dirjen Aptika and one
/// region: the record of a region's membership of a cohort.
public struct MoU: Codable, Equatable, Sendable, Identifiable {
  /// Stable id `mou-<cohort>-<regency code>`: one MoU per region per cohort.
  public var id: String
  /// The region's Kemendagri code.
  public var regency: String
  public var cohort: String
  /// The signing ceremony it was part of, if known.
  public var ceremony: String?
  public var signedOn: ReportedDate
  /// Where the region signed from ("Hotel Inaya Bay, Labuan Bajo").
  public var venue: String?
  /// How it was signed; when absent, the ceremony's mode applies.
  public var mode: SigningMode?
  /// The region's signatory, with on whose behalf a deputy signed.
  public var regionalSignatory: Signatory?
  /// The ministry's signatory, when it differs from the ceremony's or there is no ceremony.
  public var ministrySignatory: Signatory?
  /// Who presided, when it differs from the ceremony's or there is no ceremony.
  public var presidedBy: String?
  /// Officials who accompanied the regional signatory.
  public var accompaniedBy: [Signatory]
  /// The scope points the MoU lists.
  public var scope: [ScopePoint]
  /// The number of the selection letter that named the region.
  public var letter: String?
  /// The priority area or track named in the MoU ("KPPN Labuan Bajo").
  public var area: String?
  /// The MoU's own number, as printed ("B-32/DJAI/HK.04.02/04/2022"), where a source gives it.
  public var number: String?
  /// How strongly the sources support the membership; `nil` for a record entered without one.
  public var confidence: Confidence?
  /// What of the membership no source states and the registry infers (its cohort or phase, from
  /// the Bimtek calendar or an evaluation's list), and from what; `nil` when the sources state it.
  public var inferred: String?
  /// What the sources together state, where they are cited for one paraphrase of them all
  /// rather than each for its own words (a source's own words are its `evidence`).
  public var evidence: String?
  public var sources: [Source]
  public var note: String?

  public init(
    regency: String, cohort: String, ceremony: String? = nil, signedOn: ReportedDate,
    venue: String? = nil, mode: SigningMode? = nil, regionalSignatory: Signatory? = nil,
    ministrySignatory: Signatory? = nil, presidedBy: String? = nil,
    accompaniedBy: [Signatory] = [], scope: [ScopePoint] = [], letter: String? = nil,
    area: String? = nil, number: String? = nil, confidence: Confidence? = nil, inferred: String? = nil,
    evidence: String? = nil, sources: [Source] = [], note: String? = nil
  ) {
    self.init(
      id: MoU.id(cohort: cohort, regency: regency), regency: regency, cohort: cohort, ceremony: ceremony,
      signedOn: signedOn, venue: venue, mode: mode, regionalSignatory: regionalSignatory,
      ministrySignatory: ministrySignatory, presidedBy: presidedBy, accompaniedBy: accompaniedBy, scope: scope,
      letter: letter, area: area, number: number, confidence: confidence, inferred: inferred, evidence: evidence,
      sources: sources, note: note)
  }

  /// An MoU whose id the caller has already checked (the store's fast reader).
  init(
    id: String, regency: String, cohort: String, ceremony: String?, signedOn: ReportedDate, venue: String?,
    mode: SigningMode?, regionalSignatory: Signatory?, ministrySignatory: Signatory?, presidedBy: String?,
    accompaniedBy: [Signatory], scope: [ScopePoint], letter: String?, area: String?, number: String?,
    confidence: Confidence?, inferred: String?, evidence: String?, sources: [Source], note: String?
  ) {
    self.id = id
    self.regency = regency
    self.cohort = cohort
    self.ceremony = ceremony
    self.signedOn = signedOn
    self.venue = venue
    self.mode = mode
    self.regionalSignatory = regionalSignatory
    self.ministrySignatory = ministrySignatory
    self.presidedBy = presidedBy
    self.accompaniedBy = accompaniedBy
    self.scope = scope
    self.letter = letter
    self.area = area
    self.number = number
    self.confidence = confidence
    self.inferred = inferred
    self.evidence = evidence
    self.sources = sources
    self.note = note
  }

  /// The id an MoU of a region in a cohort has.
  public static func id(cohort: String, regency: String) -> String {
    String(concatenating: ["mou-", cohort, "-", regency])
  }
}
