/// What `validate` found in a store: errors make it invalid, warnings do not.
public struct Validation: Equatable, Sendable {
  /// One finding.
  public struct Finding: Equatable, Sendable {
    public enum Severity: String, Sendable {
      case error
      case warning
    }

    public var severity: Severity
    /// Which check found it, for scripts: `load`, `letter-regions`, `cohort-size`, `unsourced`, ...
    public var check: String
    /// What was found, in any language.
    public var phrase: Phrase
    /// What to do about it, when there is something to say; each interface words it.
    public var remedy: Remedy?

    public init(severity: Severity, check: String, phrase: Phrase, remedy: Remedy? = nil) {
      self.severity = severity
      self.check = check
      self.phrase = phrase
      self.remedy = remedy
    }

    /// What was found and what to do, in English, in words that name no interface.
    public var message: String { message(remedy: remedy?.phrase) }

    /// What was found, then `remedy` (an interface's wording of `self.remedy`), in English.
    public func message(remedy wording: Phrase?) -> String {
      guard let wording else { return phrase.text(in: .english) }
      return phrase.text(in: .english) + "; " + wording.text(in: .english)
    }

    public var jsonValue: JSONValue { jsonValue(message: message) }

    /// The finding as JSON gives it (machine-readable output keeps one language).
    public func jsonValue(message: String) -> JSONValue {
      .object(["severity": .string(severity.rawValue), "check": .string(check), "message": .string(message)])
    }
  }

  public var findings: [Finding] = []

  public var errors: [Finding] { findings.filter { $0.severity == .error } }
  public var warnings: [Finding] { findings.filter { $0.severity == .warning } }
  public var isValid: Bool { errors.isEmpty }
}

extension Store {
  /// Every check the loader makes (the file format, each record's fields, unique ids, the
  /// references between records; an MoU's id is `mou-<cohort>-<code>`, so two MoUs of a region
  /// in one cohort are a duplicate id): exactly what every other command checks, so a store is
  /// valid here when every command reads it. Then, as warnings, cohorts whose
  /// registered members differ from the announced size, the sourcing problems of the source
  /// audit (records without a source, addresses no browser opens), and a
  /// `datapackage.json` out of step with this version's model.
  ///
  /// Throws only when the store cannot be found or read; a broken store is a finding.
  public func validate() throws(ProgrammeError) -> Validation {
    var validation = Validation()
    let registry: Registry
    do {
      registry = try load(allowingConflicts: true)
    } catch {
      guard error.category == .brokenStore else { throw error }
      validation.findings.append(.init(severity: .error, check: "load", phrase: error.phrase))
      return validation
    }
    for warning in registry.readWarnings {
      validation.findings.append(.init(severity: .warning, check: "pending-commit", phrase: warning))
    }
    validation.findings += registry.crossRecordFindings()
    // A date outside the programme's span is refused at every entry point; one in the files
    // (typed in an editor, merged) is an error here.
    for violation in ProgrammeSpan(today: today ?? ProgrammeSpan.now.today).violations(in: registry) {
      validation.findings.append(
        .init(
          severity: .error, check: "date-out-of-range",
          phrase: ProgrammeError.invalidInput(field: "\(violation.id): \(violation.field)", reason: violation.error.phrase).phrase
        ))
    }
    // A merge's unresolved conflicts: the store reads (each record kept OURS), but it is not
    // valid until a person has chosen, and removed conflicts.json.
    if let bytes = try? fileSystem.readFile(at: path(RecordMerge.conflictsFile)) {
      do {
        let conflicts = try RecordMerge.conflicts(in: bytes)
        for conflict in conflicts {
          validation.findings.append(.init(severity: .error, check: "merge-conflict", phrase: conflict.phrase))
        }
        // Its presence alone is what every other command refuses: one verdict.
        if conflicts.isEmpty {
          let phrase = ProgrammeError.unresolvedConflicts(path: path(RecordMerge.conflictsFile), count: 0).phrase
          validation.findings.append(.init(severity: .error, check: "merge-conflict", phrase: phrase))
        }
      } catch {
        validation.findings.append(.init(severity: .error, check: "merge-conflict", phrase: error.phrase))
      }
    }
    if fileSystem.itemKind(at: path(StoreDescription.dataPackageFile)) == .file {
      let expected = StoreDescription.files(empty: StoreDescription.emptyCollections(of: registry))
      let stale = expected.filter { (try? fileSystem.readFile(at: path($0.path))) != $0.bytes }.map(\.path)
      if !stale.isEmpty {
        validation.findings.append(
          .init(
            severity: .warning, check: "description",
            phrase: Phrase(.staleDescription, ["files": .texts(stale)]), remedy: .describeStoreAgain))
      }
    }
    return validation
  }
}

extension Registry {
  /// A warning for each of these cohorts that now holds more members than it announced: a
  /// write that makes it so is told at once (a real later addition happens; a typo in a cohort
  /// is more likely).
  public func overfullCohortWarnings(_ cohortIDs: Set<String>) -> [Phrase] {
    cohorts.filter { cohortIDs.contains($0.id) }.sorted { $0.id < $1.id }.compactMap { cohort in
      let registered = Set(mous.lazy.filter { $0.cohort == cohort.id }.map(\.regency)).count
      guard registered > cohort.announcedSize else { return nil }
      return Phrase(
        .cohortOverfull,
        ["cohort": .text(cohort.id), "registered": .number(registered), "announced": .number(cohort.announcedSize)])
    }
  }

  func crossRecordFindings() -> [Validation.Finding] {
    var findings: [Validation.Finding] = []
    for cohort in cohorts {
      let registered = Set(mous.lazy.filter { $0.cohort == cohort.id }.map(\.regency)).count
      if registered != cohort.announcedSize {
        findings.append(
          .init(
            severity: .warning, check: "cohort-size",
            phrase: Phrase(
              .cohortSizeDiffers,
              ["cohort": "\(cohort.id)", "registered": .number(registered), "announced": .number(cohort.announcedSize)])))
      }
    }
    // The pipeline's order, as add-milestone warns of it: one finding per kind of notice.
    let notices = milestoneOrderNotices()
    for check in ["milestone-before-mou", "bimtek-gap", "bimtek-order"] {
      let found = notices.filter { $0.notice.check == check }
      guard let first = found.first else { continue }
      findings.append(
        .init(
          severity: .warning, check: check,
          phrase: Phrase(first.notice.summary, ["count": .number(found.count), "ids": Phrase.Value.shortList(found.map(\.id))])))
    }
    // The sourcing problems are the audit's (`smartcity sources --by problems`): one finding per
    // file and kind, naming the records.
    let problems = SourceAudit(registry: self).problems
    let messages: [(SourceAudit.Problem.Kind, one: Message, many: Message)] = [
      (.unsourced, .unsourcedRecord, .unsourcedRecords),
      (.unopenableAddress, .unopenableRecord, .unopenableRecords),
    ]
    for collection in Collection.allCases {
      for (kind, one, many) in messages {
        var ids: [String] = []
        for problem in problems where problem.collection == collection && problem.kind == kind && !ids.contains(problem.record) {
          ids.append(problem.record)
        }
        guard !ids.isEmpty else { continue }
        findings.append(
          .init(
            severity: .warning, check: kind.rawValue,
            phrase: Phrase(
              ids.count == 1 ? one : many,
              ["file": "\(collection.fileName)", "count": .number(ids.count), "ids": Phrase.Value.shortList(ids)])))
      }
    }
    return findings
  }
}

// MARK: - Messages

extension Message {
  public static let staleDescription = Message(
    english: "{files} out of step with this version's model",
    indonesian: "{files} tidak sesuai dengan model versi ini")
  public static let cohortSizeDiffers = Message(
    english: "cohort {cohort}: {registered} {registered|member|members} registered, {announced} announced",
    indonesian: "angkatan {cohort}: {registered} anggota tercatat, {announced} diumumkan")
  public static let unsourcedRecord = Message(
    english: "{file}: 1 record without a source: {ids}",
    indonesian: "{file}: 1 entri tanpa sumber: {ids}")
  public static let unsourcedRecords = Message(
    english: "{file}: {count} {count|record|records} without a source: {ids}",
    indonesian: "{file}: {count} entri tanpa sumber: {ids}")
  public static let unopenableRecord = Message(
    english: "{file}: 1 record citing an address no browser opens: {ids}",
    indonesian: "{file}: 1 entri mengutip alamat yang tidak dapat dibuka peramban: {ids}")
  public static let unopenableRecords = Message(
    english: "{file}: {count} {count|record|records} citing an address no browser opens: {ids}",
    indonesian: "{file}: {count} entri mengutip alamat yang tidak dapat dibuka peramban: {ids}")
  public static let cohortOverfull = Message(
    english:
      "cohort {cohort} now has {registered} {registered|member|members}, more than the {announced} announced; check the cohort, or record why in the cohort's note",
    indonesian:
      "angkatan {cohort} kini memiliki {registered} anggota, lebih dari {announced} yang diumumkan; periksa angkatannya, atau catat alasannya di catatan angkatan"
  )
}
