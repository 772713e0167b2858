/// Where a paraphrase of what sources state belongs, so that no page is ever credited with
/// another page's words: the words of one page are that source's `evidence`; one paraphrase of
/// several pages is the record's own `evidence` (MoUs, milestones, unconfirmed claims), said
/// once. Every entry point (the generator of the shipped data, `import`, `add`, `edit`, the
/// `--evidence` option) places evidence by this rule.
public enum EvidencePlacement: Equatable, Sendable {
  /// The evidence is what the one source states.
  case source
  /// The evidence is what the sources state together: the record's own.
  case record

  /// Where evidence given for `sourceCount` sources goes; `nil` where it cannot go anywhere
  /// without crediting a page with words that are not its own (several sources, and a record
  /// that keeps no evidence of its own).
  public static func of(sourceCount: Int, recordKeepsEvidence: Bool) -> EvidencePlacement? {
    if sourceCount == 1 { return .source }
    return recordKeepsEvidence && sourceCount > 1 ? .record : nil
  }
}

extension Registry {
  /// A row's record with its `evidence` cell placed by `EvidencePlacement`: given with one
  /// source that says nothing yet, it is that source's; a record that keeps evidence of its
  /// own keeps it otherwise; anywhere else it is refused, naming what would be accepted.
  static func withEvidence(_ json: JSONValue, _ cells: [String: String], schema: CollectionSchema) throws(ProgrammeError)
    -> JSONValue
  {
    guard let evidence = cells["evidence"].map(RecordCSV.removingFormulaGuard)?.trimmingWhitespace, !evidence.isEmpty,
      var members = json.objectValue
    else { return json }
    let keepsEvidence = schema.fields.contains { $0.name == "evidence" }
    guard let sources = members["sources"]?.arrayValue, !sources.isEmpty else {
      if keepsEvidence { return json }
      throw .invalidInput(field: "evidence", reason: Phrase(.evidenceNeedsSource))
    }
    let silent = sources.indices.filter { sources[$0].objectValue?["evidence"] == nil }
    if sources.count == 1, let only = silent.first, var object = sources[only].objectValue {
      object["evidence"] = .string(evidence)
      members["sources"] = .array([.object(object)])
      members["evidence"] = nil
      return .object(members)
    }
    if keepsEvidence { return json }
    throw .invalidInput(field: "evidence", reason: Phrase(.evidenceOfSeveralSources))
  }
}

extension Message {
  public static let evidenceOfSeveralSources = Message(
    english:
      "would credit each of several sources with the same words; give the evidence with one source at a time, each in its own words",
    indonesian:
      "akan menyematkan kata-kata yang sama pada beberapa sumber; berikan bukti bersama satu sumber saja, masing-masing dengan kata-katanya sendiri"
  )
}
