/// What a person asks to register as a signed MoU, before it is checked against the store.
public struct MoURequest: Equatable, Sendable {
  /// The region, as typed (a code or a name).
  public var regency: String
  /// The day, or the month or year when the source gives no day.
  public var signedOn: ReportedDate
  /// The cohort id; when `nil`, the one cohort that signs in the date's year.
  public var cohort: String?
  public var signatory: Signatory?
  public var venue: String?
  public var mode: SigningMode?
  public var letter: String?
  public var scope: [ScopePoint]
  public var area: String?
  /// The MoU's own number, as printed.
  public var number: String?
  public var confidence: Confidence?
  public var sources: [Source]
  public var note: String?

  public init(
    regency: String, signedOn: ReportedDate, cohort: String? = nil, signatory: Signatory? = nil,
    venue: String? = nil, mode: SigningMode? = nil, letter: String? = nil, scope: [ScopePoint] = [],
    area: String? = nil, number: String? = nil, confidence: Confidence? = nil, sources: [Source] = [],
    note: String? = nil
  ) {
    self.regency = regency
    self.signedOn = signedOn
    self.cohort = cohort
    self.signatory = signatory
    self.venue = venue
    self.mode = mode
    self.letter = letter
    self.scope = scope
    self.area = area
    self.number = number
    self.confidence = confidence
    self.sources = sources
    self.note = note
  }
}

extension Registry {
  /// Registers a signed MoU, refusing an unknown region or cohort, a date outside the cohort,
  /// an unknown letter, and a second MoU of the same region in the same cohort.
  @discardableResult
  public mutating func register(_ request: MoURequest) throws(ProgrammeError) -> MoU {
    let mou = try makeMoU(request)
    if let existing = self.mou(id: mou.id) {
      throw .duplicateMoU(id: existing.id, signedOn: existing.signedOn)
    }
    insertInOrder(mou)
    return mou
  }

  /// The MoU a request describes, checked against the store but not yet registered. An import
  /// passes the resolver it made once for all its rows.
  func makeMoU(_ request: MoURequest, resolver: RegencyResolver? = nil) throws(ProgrammeError) -> MoU {
    let regency = try (resolver ?? RegencyResolver(regencies: regencies, provinces: provinces)).resolve(request.regency)
    let cohort: Cohort
    if let id = request.cohort {
      cohort = try requireCohort(id)
      guard cohort.years.contains(request.signedOn.year) else {
        throw .dateOutsideCohort(date: request.signedOn, cohort: cohort.id, years: cohort.years)
      }
    } else {
      cohort = try self.cohort(signingIn: request.signedOn.year)
    }
    if let letter = request.letter, !letters.contains(where: { $0.number == letter }) {
      throw .unknownLetter(number: letter.quotedInMessage, known: letters.map(\.number))
    }
    return MoU(
      regency: regency.code, cohort: cohort.id, ceremony: ceremony(cohort: cohort.id, on: request.signedOn)?.id,
      signedOn: request.signedOn, venue: request.venue, mode: request.mode,
      regionalSignatory: request.signatory, scope: request.scope, letter: request.letter, area: request.area,
      number: request.number, confidence: request.confidence, sources: request.sources, note: request.note)
  }
}
