/// A change to a registered MoU: the fields to set, the fields to clear, sources to add.
public struct MoUEdit: Equatable, Sendable {
  /// The fields of an MoU that an edit can clear.
  public enum Field: String, CaseIterable, Sendable {
    case venue, mode, signatory, letter, scope, area, note, sources, number, confidence
  }

  /// A new region (a code or a name); the MoU's id changes with it.
  public var regency: String?
  public var cohort: String?
  public var signedOn: ReportedDate?
  /// Parts of the region's signatory to set; the others are kept.
  public var signatoryName: String?
  public var signatoryOffice: String?
  public var onBehalfOf: String?
  public var venue: String?
  public var mode: SigningMode?
  public var letter: String?
  public var scope: [ScopePoint]?
  public var area: String?
  public var note: String?
  public var number: String?
  public var confidence: Confidence?
  /// Sources cited in addition to the MoU's own.
  public var addedSources: [Source] = []
  public var cleared: Set<Field> = []

  public init() {}

  /// Whether the edit would change nothing.
  public var isEmpty: Bool { self == MoUEdit() }
}

/// Changing and removing registered MoUs.
extension Registry {
  /// Where an MoU with an id is, or would be inserted: MoUs are kept in id order, so a binary
  /// search.
  func insertionIndex(ofMoU id: String) -> Int {
    var low = 0
    var high = mous.count
    while low < high {
      let middle = (low + high) / 2
      if mous[middle].id.precedesInBytes(id) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The MoU with an id, if the registry holds it.
  func mou(id: String) -> MoU? {
    let index = insertionIndex(ofMoU: id)
    if index < mous.count, mous[index].id == id { return mous[index] }
    // A file sorted by hand is read as it is: fall back to a scan.
    return mous.first { $0.id == id }
  }

  /// The index of the MoU with an id, or a refusal naming likely ids.
  func indexOfMoU(_ id: String) throws(ProgrammeError) -> Int {
    let index = insertionIndex(ofMoU: id)
    if index < mous.count, mous[index].id == id { return index }
    if let index = mous.firstIndex(where: { $0.id == id }) { return index }
    // "mou-2021-53.19" typed as "53.19" or with another cohort, or a region's name ("Kendal"):
    // offer the region's MoUs.
    var code = id.split(separator: "-").last.map(String.init) ?? id
    if !mous.contains(where: { $0.regency == code }),
      let regency = try? RegencyResolver(regencies: regencies, provinces: provinces).resolve(id)
    {
      code = regency.code
    }
    throw .unknownMoU(id: id.quotedInMessage, suggestions: mous.filter { $0.regency == code }.map(\.id).prefix(5).map { $0 })
  }

  /// The records that depend on a region's membership of a cohort.
  func dependents(of mou: MoU) -> [String] {
    milestones.filter { $0.regency == mou.regency && $0.cohort == mou.cohort }.map(\.id)
      + quickWins.filter { $0.regency == mou.regency && $0.cohort == mou.cohort }.map(\.id)
  }

  /// Applies an edit to the MoU with an id, with the checks of `register`; returns the MoU
  /// before and after.
  @discardableResult
  public mutating func edit(_ id: String, with edit: MoUEdit) throws(ProgrammeError) -> (before: MoU, after: MoU) {
    let index = try indexOfMoU(id)
    let before = mous[index]
    var after = before
    if let regency = edit.regency {
      after.regency = try RegencyResolver(regencies: regencies, provinces: provinces).resolve(regency).code
    }
    if let cohort = edit.cohort { after.cohort = try requireCohort(cohort).id }
    if let date = edit.signedOn { after.signedOn = date }
    if let cohort = cohort(id: after.cohort), !cohort.years.contains(after.signedOn.year) {
      throw .dateOutsideCohort(date: after.signedOn, cohort: cohort.id, years: cohort.years)
    }
    if after.cohort != before.cohort || after.signedOn != before.signedOn {
      after.ceremony = ceremony(cohort: after.cohort, on: after.signedOn)?.id
    }
    for field in edit.cleared {
      switch field {
      case .venue: after.venue = nil
      case .mode: after.mode = nil
      case .signatory: after.regionalSignatory = nil
      case .letter: after.letter = nil
      case .scope: after.scope = []
      case .area: after.area = nil
      case .note: after.note = nil
      case .sources: after.sources = []
      case .number: after.number = nil
      case .confidence: after.confidence = nil
      }
    }
    if edit.signatoryName != nil || edit.signatoryOffice != nil || edit.onBehalfOf != nil {
      var signatory = after.regionalSignatory ?? Signatory()
      signatory.name = edit.signatoryName ?? signatory.name
      signatory.office = edit.signatoryOffice ?? signatory.office
      signatory.onBehalfOf = edit.onBehalfOf ?? signatory.onBehalfOf
      after.regionalSignatory = signatory
    }
    after.venue = edit.venue ?? after.venue
    after.mode = edit.mode ?? after.mode
    after.scope = edit.scope ?? after.scope
    after.area = edit.area ?? after.area
    after.note = edit.note ?? after.note
    after.number = edit.number ?? after.number
    after.confidence = edit.confidence ?? after.confidence
    if let letter = edit.letter {
      guard letters.contains(where: { $0.number == letter }) else {
        throw .unknownLetter(number: letter.quotedInMessage, known: letters.map(\.number))
      }
      after.letter = letter
    }
    for source in edit.addedSources {
      // A source the MoU already cites is said, not silently skipped.
      if let url = source.url, after.sources.contains(where: { $0.url?.lowercased() == url.lowercased() }) {
        throw .invalidInput(field: "source", reason: Phrase(.sourceAlreadyCited, ["url": "\(url)", "id": "\(before.id)"]))
      }
      after.sources.append(source)
    }
    after.id = MoU.id(cohort: after.cohort, regency: after.regency)
    if after.id != before.id {
      if let existing = mou(id: after.id) {
        throw .duplicateMoU(id: existing.id, signedOn: existing.signedOn)
      }
      let dependents = dependents(of: before)
      guard dependents.isEmpty else { throw .recordInUse(id: before.id, records: dependents) }
      mous.remove(at: index)
      insertInOrder(after)
    } else {
      mous[index] = after
    }
    return (before, after)
  }

  /// Removes the MoU with an id, refusing while milestones or quick wins depend on it.
  @discardableResult
  public mutating func removeMoU(_ id: String) throws(ProgrammeError) -> MoU {
    let index = try indexOfMoU(id)
    let dependents = dependents(of: mous[index])
    guard dependents.isEmpty else { throw .recordInUse(id: id, records: dependents) }
    return mous.remove(at: index)
  }

  /// Inserts an MoU in id order, so that writing a large store needs no sort.
  mutating func insertInOrder(_ mou: MoU) {
    mous.insert(mou, at: insertionIndex(ofMoU: mou.id))
  }
}
