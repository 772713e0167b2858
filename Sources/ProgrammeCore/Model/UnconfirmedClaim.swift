/// A report that a region joined a cohort which is too weak, or contradicted, to record as
/// an MoU. Kept so that nobody adds it as a fact by mistake, and so `show` can mention it.
public struct UnconfirmedClaim: Codable, Equatable, Sendable, Identifiable {
  /// `claim-<cohort>-<regency code>`.
  public var id: String
  public var regency: String
  public var cohort: String
  public var year: Int?
  public var confidence: ClaimConfidence
  /// What the sources together state, where they are cited for one paraphrase of them all.
  public var evidence: String?
  public var sources: [Source]
  public var note: String?

  public init(
    regency: String, cohort: String, year: Int? = nil, confidence: ClaimConfidence,
    evidence: String? = nil, sources: [Source] = [], note: String? = nil
  ) {
    self.id = "claim-\(cohort)-\(regency)"
    self.regency = regency
    self.cohort = cohort
    self.year = year
    self.confidence = confidence
    self.evidence = evidence
    self.sources = sources
    self.note = note
  }
}

/// How weak an unconfirmed claim is.
public enum ClaimConfidence: String, Codable, CaseIterable, Sendable {
  /// A photo caption or an inference.
  case low
  /// Sources disagree.
  case disputed
}
