/// Every message the interface prints for people, in every language it speaks: errors, help,
/// confirmations, table headings and report sections. `{name}` marks a value filled in when
/// the message is printed (see `Phrase`). The catalogue's test fails if a message lacks a
/// language or the languages disagree on the values they name.
///
/// Domain terms follow the programme's own usage: nota kesepakatan (MoU), kabupaten/kota,
/// Bimtek Tahap I, rencana induk (masterplan), quick win, pilar; "angkatan" for a cohort.
public enum Message: CaseIterable, Sendable {
  // MARK: JSON syntax
  case jsonTextAfterEnd
  case jsonEndOfFile
  case jsonByte
  case jsonUnexpected
  case jsonAValue
  case jsonAKey
  case jsonAColon
  case jsonCommaOr
  case jsonInvalidLiteral
  case jsonTooDeep
  case jsonDuplicateKey
  case jsonNumberDigit
  case jsonNumberLeadingZero
  case jsonNumberFraction
  case jsonNumberExponent
  case jsonNumberInvalid
  case jsonUnterminatedString
  case jsonControlCharacter
  case jsonInvalidUTF8
  case jsonUnterminatedEscape
  case jsonLoneSurrogate
  case jsonInvalidSurrogatePair
  case jsonInvalidEscape
  case jsonUnterminatedUnicodeEscape
  case jsonInvalidHexDigit
  // MARK: JSON types
  case typeNull
  case typeBoolean
  case typeNumber
  case typeString
  case typeArray
  case typeObject
  // MARK: Records in store files
  case record
  case recordWithID
  case theFile
  case expectedObject
  case expectedRecordArray
  case unknownField
  case missingField
  case expectedString
  case mustNotBeEmpty
  case mustNotBeNegative
  case unexpectedID
  case expectedWholeNumber
  case expectedISODate
  case expectedReportedDate
  case untilNeedsDay
  case unknownValue
  case expectedArray
  case expectedNonEmptyString
  case sourceNeedsTitle
  case expectedRegencyCode
  case expectedProvinceCode
  case codeOutsideProvince
  case codeOfOtherKind
  case endsBeforeStart
  case cohortNeedsYear
  case phasesDoNotAddUp
  case unexpectedFormat
  case versionTooLow
  // MARK: Errors (ProgrammeError)
  case storeNotFound
  case storeNotADirectory
  case storeAlreadyExists
  case missingFile
  case notAFile
  case emptyFile
  case notUTF8
  case invalidJSON
  case invalidField
  case invalidRecord
  case unsupportedVersion
  case duplicateID
  case danglingReference
  case readFailed
  case writeFailed
  case commitUnfinished
  case storeReadOnly
  case doesNotReadBack
  case cohortYearOutOfRange
  case pendingCommitReadOnly
  case outputFailed
  case standardOutput
  case outputIsFolder
  case invalidEnvironment
  case expectedSeconds
  case notReadableFile
  case locked
  case didYouMean
  case regencyHint
  case unknownRegency
  case ambiguousRegency
  case provinceNotRegion
  case provinceHint
  case unknownProvince
  case unknownCohort
  case noCohortForYear
  case severalCohortsForYear
  case duplicateMoU
  case dateOutsideCohort
  case noMembership
  case noMembershipInCohort
  case severalMemberships
  case duplicateMilestone
  case duplicateQuickWin
  case nothingToUndo
  case brokenJournal
  case mouHint
  case unknownMoU
  case recordInUse
  case duplicateRecord
  case invalidInput
  case importFailedOneRow
  case importFailed
  case unknownLetterNoneKnown
  case unknownLetter
  // MARK: Input refused (import, add)
  case notInFile
  case csvLineProblem
  case csvEmpty
  case csvUnknownColumn
  case csvColumnTwice
  case csvMissingColumn
  case csvFieldCount
  case csvNotUTF8
  case csvStrayQuote
  case csvTextAfterQuote
  case csvUnclosedQuote
  case alreadyWithOtherValues
  case emptyRegency
  case emptySigningDate
  case idDoesNotMatch
  case expectedWholeNumbers
  case notAJSONArray
  case expectedJSONObjects
  case journalNamesOtherFile
  case journalFileMissing
  // MARK: Dates typed by people
  case dateEmpty
  case dateUnrecognised
  case dateImpossible
  case dateAmbiguous
  case dateHintISO
  case dateHintYear
  case dateUnknownMonth
  case dateOutOfRange
  // MARK: Validation findings
  case staleDescription
  case letterNamesTwice
  case cohortSizeDiffers
  case andMore
  case unsourcedRecord
  case unsourcedRecords
  // MARK: Report reconciliation
  case coverageComplete
  case coverageKnown
  case coverageBeyond
  case regionsSignedTwiceNamed
  case membersNotYetKnown
  case membersBeyondAnnounced
  case repeatsNotYetKnown
  case gapExplained
  case announcedSignings
  case lessRepeats
  case lessImpliedRepeats
  case announcedRegions
  case registryHolds
  case regionsSignedTwice
  // MARK: Milestones, scope, signatories
  case milestoneBeforeMoU
  case previousBimtekMissing
  case milestoneBeforePreviousBimtek
  case milestonesBeforeMoU
  case bimtekGaps
  case bimtekOutOfOrder
  case milestoneBimtek1
  case milestoneBimtek2
  case milestoneBimtek3
  case milestoneBimtek4
  case milestoneMasterplanPresented
  case milestoneMasterplanAdopted
  case milestoneEvaluated
  case milestoneAwarded
  case scopeMasterplanGuidance
  case scopeDataExchange
  case scopeSocialisation
  case scopeDataIntegration
  case onBehalfOf
  // MARK: Usage errors, in swift-argument-parser's words
  case unknownCommand
  case unknownCommandSuggesting
  case unknownOption
  case unknownOptionSuggesting
  case missingValue
  case missingArgument
  case unexpectedArgument
  case invalidValue
  case repeatedOption
  case evidenceNeedsSource
  case optionEvidence
  case optionConfidence
  case optionMoUNumber
  case invalidArgumentEncoding
  case seeHelpOf
  case seeHelp
  // MARK: Option values refused
  case takesNoValue
  case useOneOf
  case useOneOrMoreOf
  case nameAFolder
  case controlCharacters
  case tooLong
  case expectedYear
  case collectionNeedsFormat
  case optionNeedsCSV
  case needsLettersOrDigits
  case expectedYears
  case expectedCount
  case useShell
  case noSuchFile
  // MARK: Help: the common options
  case optionData
  case optionLang
  case defaultLanguage
  case optionNoColor
  case optionHelp
  case optionVersion
  case seeSubcommandHelp
  case helpDefault
  case helpValues
  case rootAbstract
  // MARK: Help: options several commands share
  case optionRegency
  case optionSource
  case optionNote
  case optionDryRun
  case optionSignatory
  case optionOffice
  case optionOnBehalfOf
  case optionVenue
  case optionLetter
  case optionScope
  // MARK: add-mou
  case addMoUAbstract
  case addMoUDiscussion
  case optionSigningDate
  case addMoUCohort
  case optionMode
  case defaultCeremonyMode
  case addMoUArea
  case registeredMoU
  case wouldRegisterMoU
  case unsourcedSuffix
  case dryRunSuffix
  // MARK: list
  case listAbstract
  case listDiscussion
  case listCohort
  case listRegency
  case listProvince
  case listYear
  case listStage
  case listPillar
  case oneRegion
  case regions
  case unsourcedCell
  // MARK: Table headings
  case columnCode
  case columnName
  case columnRegion
  case columnKind
  case columnProvinceCode
  case columnProvince
  case columnCohort
  case columnStatus
  case columnStage
  case columnSigned
  case columnMoU
  case columnLetter
  case columnSource
  case columnCohorts
  // MARK: report
  case reportAbstract
  case reportDiscussion
  case reportBy
  case reportCohort
  case reconciliationIsProgrammeWide
  case reportFormatNeedsSection
  case sectionYears
  case sectionCohorts
  case sectionReconciliation
  case sectionProvinces
  case sectionStages
  case sectionPillars
  case sectionParticipants
  case summaryInProgramme
  case summaryInCohort
  case summaryAnnounced
  case summaryUnconfirmed
  case yes
  case no
  case columnYear
  case columnAnnouncedMoUs
  case columnMoUs
  case columnNewRegions
  case columnCumulativeRegions
  case columnShareOfAll
  case columnAnnouncedCumulative
  case columnPhase
  case columnScope
  case columnTrack
  case columnAnnounced
  case columnRegistered
  case columnComplete
  case columnCoverage
  case columnNote
  case columnStep
  case regionsFromMemberships
  case selectedWithoutMoU
  case cohortCoverage
  case programmeCoverage
  case sourcesAbstract
  case sourcesDiscussion
  case sourcesCohort
  case sourcesBy
  case sourcesSummary
  case columnConfidence
  case columnIndependent
  case columnUnopenable
  case columnCitedBy
  case columnHost
  case columnRecords
  case columnFile
  case columnRecord
  case columnProblem
  case columnAddress
  case columnNotYetKnown
  case columnBeyondAnnounced
  case columnByEndOf
  case columnSignings
  case columnRepeats
  case columnMissing
  case columnExplanation
  case columnRegions
  case columnInProgramme
  case columnSharePercent
  case columnReached
  case columnPillar
  case columnTotal
  case quickWinPlanned
  case quickWinRunning
  case quickWinDone
  case verbatim
  // MARK: add-milestone
  case addMilestoneAbstract
  case addMilestoneDiscussion
  case addMilestoneKind
  case addMilestoneDate
  case addMilestoneUntil
  case addMilestoneCohort
  case addMilestoneRegulation
  case recorded
  case wouldRecord
  case dateRange
  // MARK: add-quickwin
  case addQuickWinAbstract
  case addQuickWinPillar
  case addQuickWinTitle
  case addQuickWinStatus
  case addQuickWinStart
  case addQuickWinEnd
  case addQuickWinCohort
  // MARK: edit-mou
  case editMoUAbstract
  case editMoUDiscussion
  case argumentMoUID
  case editMoUCohort
  case editMoUArea
  case editMoUSource
  case editMoUClear
  case missingChange
  case edited
  case wouldEdit
  case renamedTo
  case nothingChanged
  case fieldsChanged
  // MARK: remove-mou and confirmations
  case removeMoUAbstract
  case removeMoUDiscussion
  case removeMoUYes
  case confirmRemove
  case removed
  case wouldRemove
  case undoPutsBack
  case needsYes
  case cancelled
  // MARK: undo
  case undoAbstract
  case undoDiscussion
  case undoList
  case undoYes
  case journalEmpty
  case confirmUndo
  case undid
  case wouldUndo
  // MARK: validate and describe
  case validateAbstract
  case validateDiscussion
  case optionFormat
  case severityError
  case severityWarning
  case storeValid
  case storeInvalid
  case oneError
  case errors
  case oneWarning
  case warnings
  case notAValidStore
  case describeAbstract
  case describeDiscussion
  case descriptionUpToDate
  case wroteFiles
  // MARK: init and completions
  case initAbstract
  case initDiscussion
  case initDirectory
  case createdStore
  case completionsAbstract
  case completionsDiscussion
  case completionsShell
  // MARK: show, import, regencies
  case showAbstract
  case importAbstract
  case importDiscussion
  case importFile
  case importCollection
  case standardInput
  case imported
  case importedOne
  case wouldImport
  case wouldImportOne
  case alreadyInStore
  case regenciesAbstract
  case regenciesSearch
  case regenciesKind
  case optionTableFormat
  case defaultTableFormat
  // MARK: add-regency, add-letter, add-cohort
  case addRegencyAbstract
  case addRegencyDiscussion
  case addRegencyCode
  case addRegencyName
  case addRegencyOfficialName
  case addLetterAbstract
  case addLetterNumber
  case addLetterDate
  case addLetterCohort
  case addLetterIssuer
  case addLetterSubject
  case addLetterRegencies
  case describeLetter
  case addCohortAbstract
  case addCohortID
  case addCohortTitle
  case addCohortYears
  case addCohortSize
  case addCohortTrack
  case describeCohort
  case added
  case wouldAdd
  // MARK: show: a region's profile
  case profileKindAndProvince
  case profileCodeSource
  case profileNotInProgramme
  case profileLetterHeading
  case profileLetterDate
  case profileIssuer
  case profileSubject
  case profileMoUHeading
  case profileMoUCohort
  case profileMode
  case profileSignedFrom
  case profileSignatory
  case profileAccompaniedBy
  case profileCounterpart
  case profilePresidedBy
  case profileCeremony
  case profileSignedThatDay
  case profileArea
  case profileSelectionLetter
  case profileScope
  case profileNote
  case profileStage
  case profileMilestoneHeading
  case profileRegulation
  case profileQuickWinCohort
  case profileFrom
  case profileUntil
  case profileUnconfirmed
  case profileSource
  case profileEvidence
  case profileConfidence
  case profileMoUNumber
  case profileUnsourced
  case profileQuickWins
  // MARK: export
  case exportAbstract
  case exportDiscussion
  case exportFormat
  case exportCollection
  case defaultExportCollection
  case exportOutput
  case exportBOM
  case exportDelimiter
  case wroteExport
  // MARK: The web page (export --format html)
  case htmlTitle
  case htmlIntro
  case htmlChartHeading
  case htmlCohortsHeading
  case htmlParticipantsHeading
  case htmlNoMoUs
  case htmlBarTitle
  case htmlPointTitle
  case htmlLegendMoUs
  case htmlLegendRegions
  case htmlLegendAnnounced
  case htmlLegendAnnouncedTotal
  case htmlBarLabel
  case htmlAnnouncedPointTitle
  case htmlHeadline
  case fieldHasParts
  case fieldGivenTwice
  case idMadeFromFields
  case setAndCleared
  case requiredNotCleared
  case noSourcesField
  case notAFieldOf
  case editAbstract
  case editDiscussion
  case optionSetField
  case optionClearField
  case optionAddSource
  case addAbstract
  case addDiscussion
  case addCollection
  case addedRecord
  case wouldAddRecord
  case expectedFieldValue
  case csvSourceNotAnAddress
  case completionsWords
  case notRecorded
  case unknownRecord
  case removeAbstract
  case removeDiscussion
  case removeID
  case confirmRemoveRecord
  case removedRecord
  case wouldRemoveRecord
  case csvUnnamedColumnWithValues
  case importFirst
  case cohortOverfull
  case sourceNotAnAddress
  case sourceGivenTwice
  case sourceAlreadyCited
  case dateWrongWeekday
  case dateYearFirst
  case weekdayMonday
  case weekdayTuesday
  case weekdayWednesday
  case weekdayThursday
  case weekdayFriday
  case weekdaySaturday
  case weekdaySunday
  case siteNeedsOutput
  case wroteSite
  case siteFolderNotOurs
  case siteSkip
  case siteIntro
  case siteNavigation
  case siteHome
  case siteRegions
  case siteAbout
  case siteData
  case siteOtherLanguage
  case siteFooter
  case sitePhase
  case siteSearchLabel
  case siteSearchButton
  case siteMapHeading
  case siteProvinces
  case siteRegionsHeading
  case siteRegionsIntro
  case siteFilterLabel
  case siteCeremonies
  case siteLetters
  case siteMembers
  case siteNamedInLetter
  case siteProvinceSummary
  case siteMode
  case siteCeremony
  case siteVenue
  case siteSignatory
  case siteAccompaniedBy
  case siteCounterpart
  case sitePresidedBy
  case siteMoUNumber
  case siteScope
  case siteArea
  case siteNotAMember
  case siteMemberOf
  case siteTimeline
  case siteClaims
  case siteAboutData
  case siteBoundaries
  case profileLetterCohort
  case mapAbstract
  case mapDiscussion
  case mapProvince
  case mapBy
  case mapOutput
  case mapTitle
  case mapMembershipSigned
  case mapMembershipSelected
  case mapNotAMember
  case mapLegendCohort
  case mapLegendHigh
  case mapLegendMedium
  case mapLegendUnrated
  case mapLegendSelected
  case mapLegendNotAMember
  case changedSinceWrite
  case diffAdded
  case diffRemoved
  case diffChanged
  case diffField
  case diffAbsent
  case diffSummaryCohort
  case diffSummarySigned
  case diffSummaryDated
  case diffSummarySources
  case diffSummaryOneSource
  case gitUnavailable
  case gitFailed
  case unknownRevision
  case mergeConflictField
  case mergeConflictRemovedByUs
  case mergeConflictRemovedByThem
  case recordProvince
  case recordRegency
  case recordPillar
  case recordCohort
  case recordLetter
  case recordCeremony
  case recordMoU
  case recordTotal
  case recordClaim
  case recordMilestone
  case recordQuickWin
  case diffAbstract
  case diffDiscussion
  case diffOld
  case diffNew
  case diffNoChanges
  case logAbstract
  case logDiscussion
  case logTarget
  case logNothing
  case textconvAbstract
  case textconvDiscussion
  case textconvFile
  case mergeDriverAbstract
  case mergeDriverDiscussion
  case mergeDriverBase
  case mergeDriverOurs
  case mergeDriverTheirs
  case mergeDriverPath
  case mergeTextConflict
  case mergeConflicts
  case gitSetupAbstract
  case gitSetupDiscussion
  case gitSetupHooks
  case gitSetupAttributesKept
  case gitSetupAttributesWritten
  case gitSetupConfigured
  case gitSetupHookExists
  case gitSetupHookWritten
  case validateAt
  case stageCoverage
  case recordWarning
  case columnKnownMembers
  case columnWithReports
  case columnReported
  case funnelCaveat
  case htmlUnsourced
  case columnSources
}

extension Message {
  /// The message's text in each language.
  public var texts: [Language: String] {
    switch self {
    // MARK: JSON syntax
    case .jsonTextAfterEnd:
      [
        .english: "unexpected text after the end of the JSON value",
        .indonesian: "ada teks setelah akhir nilai JSON",
      ]
    case .jsonEndOfFile:
      [
        .english: "end of file",
        .indonesian: "akhir berkas",
      ]
    case .jsonByte:
      [
        .english: "byte {byte}",
        .indonesian: "bita {byte}",
      ]
    case .jsonUnexpected:
      [
        .english: "unexpected {found}, expected {expected}",
        .indonesian: "tidak terduga: {found}, seharusnya {expected}",
      ]
    case .jsonAValue:
      [
        .english: "a value",
        .indonesian: "sebuah nilai",
      ]
    case .jsonAKey:
      [
        .english: "a key in double quotes",
        .indonesian: "kunci dalam tanda petik ganda",
      ]
    case .jsonAColon:
      [
        .english: "':' after the key",
        .indonesian: "':' setelah kunci",
      ]
    case .jsonCommaOr:
      [
        .english: "',' or '{close}'",
        .indonesian: "',' atau '{close}'",
      ]
    case .jsonInvalidLiteral:
      [
        .english: "invalid literal, expected '{literal}'",
        .indonesian: "literal tidak sah, seharusnya '{literal}'",
      ]
    case .jsonTooDeep:
      [
        .english: "nesting deeper than {depth} levels",
        .indonesian: "bersarang lebih dalam dari {depth} tingkat",
      ]
    case .jsonDuplicateKey:
      [
        .english: "duplicate key '{key}'",
        .indonesian: "kunci '{key}' muncul dua kali",
      ]
    case .jsonNumberDigit:
      [
        .english: "invalid number: expected a digit",
        .indonesian: "angka tidak sah: seharusnya ada digit",
      ]
    case .jsonNumberLeadingZero:
      [
        .english: "invalid number: leading zero",
        .indonesian: "angka tidak sah: diawali nol",
      ]
    case .jsonNumberFraction:
      [
        .english: "invalid number: expected a digit after '.'",
        .indonesian: "angka tidak sah: seharusnya ada digit setelah '.'",
      ]
    case .jsonNumberExponent:
      [
        .english: "invalid number: expected a digit in the exponent",
        .indonesian: "angka tidak sah: seharusnya ada digit pada eksponen",
      ]
    case .jsonNumberInvalid:
      [
        .english: "invalid number '{number}'",
        .indonesian: "angka tidak sah '{number}'",
      ]
    case .jsonUnterminatedString:
      [
        .english: "unterminated string",
        .indonesian: "string tidak ditutup",
      ]
    case .jsonControlCharacter:
      [
        .english: "control character in a string (write it as an escape such as \\n)",
        .indonesian: "karakter kontrol di dalam string (tulis sebagai escape seperti \\n)",
      ]
    case .jsonInvalidUTF8:
      [
        .english: "invalid UTF-8 in a string",
        .indonesian: "UTF-8 tidak sah di dalam string",
      ]
    case .jsonUnterminatedEscape:
      [
        .english: "unterminated escape in a string",
        .indonesian: "escape tidak selesai di dalam string",
      ]
    case .jsonLoneSurrogate:
      [
        .english: "lone surrogate {escape} in a string",
        .indonesian: "surrogate tunggal {escape} di dalam string",
      ]
    case .jsonInvalidSurrogatePair:
      [
        .english: "invalid surrogate pair {escape}",
        .indonesian: "pasangan surrogate tidak sah {escape}",
      ]
    case .jsonInvalidEscape:
      [
        .english: "invalid escape: \\ followed by {found} in a string",
        .indonesian: "escape tidak sah: \\ diikuti {found} di dalam string",
      ]
    case .jsonUnterminatedUnicodeEscape:
      [
        .english: "unterminated \\u escape",
        .indonesian: "escape \\u tidak selesai",
      ]
    case .jsonInvalidHexDigit:
      [
        .english: "invalid hex digit in a \\u escape",
        .indonesian: "digit heksadesimal tidak sah dalam escape \\u",
      ]
    // MARK: JSON types
    case .typeNull:
      [
        .english: "null",
        .indonesian: "null",
      ]
    case .typeBoolean:
      [
        .english: "a boolean",
        .indonesian: "nilai boolean",
      ]
    case .typeNumber:
      [
        .english: "a number",
        .indonesian: "angka",
      ]
    case .typeString:
      [
        .english: "a string",
        .indonesian: "string",
      ]
    case .typeArray:
      [
        .english: "an array",
        .indonesian: "array",
      ]
    case .typeObject:
      [
        .english: "an object",
        .indonesian: "objek",
      ]
    // MARK: Records in store files
    case .record:
      [
        .english: "record {index}",
        .indonesian: "entri ke-{index}",
      ]
    case .recordWithID:
      [
        .english: "record {index} ('{id}')",
        .indonesian: "entri ke-{index} ('{id}')",
      ]
    case .theFile:
      [
        .english: "the file",
        .indonesian: "berkas ini",
      ]
    case .expectedObject:
      [
        .english: "expected an object, found {found}",
        .indonesian: "seharusnya objek, ditemukan {found}",
      ]
    case .expectedRecordArray:
      [
        .english: "expected an array of records, found {found}",
        .indonesian: "seharusnya array berisi entri, ditemukan {found}",
      ]
    case .unknownField:
      [
        .english: "unknown field (known fields: {known})",
        .indonesian: "kolom tidak dikenal (kolom yang dikenal: {known})",
      ]
    case .missingField:
      [
        .english: "missing required field",
        .indonesian: "kolom wajib tidak ada",
      ]
    case .expectedString:
      [
        .english: "expected a string, found {found}",
        .indonesian: "seharusnya string, ditemukan {found}",
      ]
    case .mustNotBeEmpty:
      [
        .english: "must not be empty",
        .indonesian: "tidak boleh kosong",
      ]
    case .mustNotBeNegative:
      [
        .english: "must not be negative",
        .indonesian: "tidak boleh negatif",
      ]
    case .unexpectedID:
      [
        .english: "expected '{expected}', found '{found}'",
        .indonesian: "seharusnya '{expected}', ditemukan '{found}'",
      ]
    case .expectedWholeNumber:
      [
        .english: "expected a whole number, found {found}",
        .indonesian: "seharusnya bilangan bulat, ditemukan {found}",
      ]
    case .expectedReportedDate:
      [
        .english: "expected a date YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day, found '{found}'",
        .indonesian:
          "seharusnya tanggal YYYY-MM-DD, atau YYYY-MM atau YYYY bila sumber tidak menyebut harinya, ditemukan '{found}'",
      ]
    case .untilNeedsDay:
      [
        .english: "a last day needs a first day: the date gives only {date}",
        .indonesian: "hari terakhir memerlukan hari pertama: tanggalnya hanya menyebut {date}",
      ]
    case .expectedISODate:
      [
        .english: "expected a date YYYY-MM-DD, found '{found}'",
        .indonesian: "seharusnya tanggal YYYY-MM-DD, ditemukan '{found}'",
      ]
    case .unknownValue:
      [
        .english: "unknown value '{value}' (expected one of: {known})",
        .indonesian: "nilai '{value}' tidak dikenal (pilihan: {known})",
      ]
    case .expectedArray:
      [
        .english: "expected an array, found {found}",
        .indonesian: "seharusnya array, ditemukan {found}",
      ]
    case .expectedNonEmptyString:
      [
        .english: "expected a non-empty string, found {found}",
        .indonesian: "seharusnya string yang tidak kosong, ditemukan {found}",
      ]
    case .sourceNeedsTitle:
      [
        .english: "a source needs at least a title, a publisher or a url",
        .indonesian: "sumber memerlukan paling tidak judul, penerbit, atau url",
      ]
    case .expectedRegencyCode:
      [
        .english: "expected a Kemendagri code such as 53.19, found '{found}'",
        .indonesian: "seharusnya kode Kemendagri seperti 53.19, ditemukan '{found}'",
      ]
    case .expectedProvinceCode:
      [
        .english: "expected a two-digit Kemendagri code such as 53, found '{found}'",
        .indonesian: "seharusnya kode Kemendagri dua angka seperti 53, ditemukan '{found}'",
      ]
    case .codeOutsideProvince:
      [
        .english: "code {code} does not belong to province '{province}'",
        .indonesian: "kode {code} tidak termasuk provinsi '{province}'",
      ]
    case .codeOfOtherKind:
      [
        .english: "code {code} is not a {kind} (01–69 are kabupaten, 71–99 kota)",
        .indonesian: "kode {code} bukan {kind} (01–69 kabupaten, 71–99 kota)",
      ]
    case .endsBeforeStart:
      [
        .english: "ends before it starts ({start})",
        .indonesian: "berakhir sebelum dimulai ({start})",
      ]
    case .cohortNeedsYear:
      [
        .english: "a cohort covers at least one year",
        .indonesian: "angkatan mencakup paling sedikit satu tahun",
      ]
    case .phasesDoNotAddUp:
      [
        .english: "the phases' sizes do not add up to announcedSize {size}",
        .indonesian: "jumlah anggota tiap fase tidak sama dengan announcedSize {size}",
      ]
    case .unexpectedFormat:
      [
        .english: "expected '{expected}', found '{found}'",
        .indonesian: "seharusnya '{expected}', ditemukan '{found}'",
      ]
    case .versionTooLow:
      [
        .english: "expected 1 or more, found {found}",
        .indonesian: "seharusnya 1 atau lebih, ditemukan {found}",
      ]
    // MARK: Errors (ProgrammeError)
    case .storeNotFound:
      [
        .english: "no store at '{path}'; pass --data DIR, set SMARTCITY_DATA, or create a store with 'smartcity init DIR'",
        .indonesian:
          "tidak ada registri di '{path}'; beri --data FOLDER, atur SMARTCITY_DATA, atau buat registri dengan 'smartcity init FOLDER'",
      ]
    case .storeNotADirectory:
      [
        .english: "'{path}' is not a folder; pass the store's folder with --data DIR",
        .indonesian: "'{path}' bukan folder; beri folder registri dengan --data FOLDER",
      ]
    case .storeAlreadyExists:
      [
        .english: "'{path}' already holds files; choose a new or empty folder for the new store",
        .indonesian: "'{path}' sudah berisi berkas; pilih folder baru atau kosong untuk registri baru",
      ]
    case .missingFile:
      [
        .english: "{path}: missing; every store holds this file (create a store with 'smartcity init DIR')",
        .indonesian: "{path}: tidak ada; setiap registri memuat berkas ini (buat registri dengan 'smartcity init FOLDER')",
      ]
    case .notAFile:
      [
        .english: "{path}: is a folder, expected a JSON file",
        .indonesian: "{path}: berupa folder, seharusnya berkas JSON",
      ]
    case .emptyFile:
      [
        .english: "{path}: empty file, expected a JSON array",
        .indonesian: "{path}: berkas kosong, seharusnya array JSON",
      ]
    case .notUTF8:
      [
        .english: "{path}:{line}:{column}: not UTF-8 text; save the file as UTF-8",
        .indonesian: "{path}:{line}:{column}: bukan teks UTF-8; simpan berkas sebagai UTF-8",
      ]
    case .invalidJSON:
      [
        .english: "{path}:{line}:{column}: invalid JSON: {reason}",
        .indonesian: "{path}:{line}:{column}: JSON tidak sah: {reason}",
      ]
    case .invalidField:
      [
        .english: "{file}: {record}, field '{field}': {reason}",
        .indonesian: "{file}: {record}, kolom '{field}': {reason}",
      ]
    case .invalidRecord:
      [
        .english: "{file}: {record}: {reason}",
        .indonesian: "{file}: {record}: {reason}",
      ]
    case .unsupportedVersion:
      [
        .english: "{path}: store format version {found} is newer than this smartcity reads ({supported}); upgrade smartcity",
        .indonesian:
          "{path}: versi format registri {found} lebih baru daripada yang dibaca smartcity ini ({supported}); perbarui smartcity",
      ]
    case .duplicateID:
      [
        .english: "{file}: duplicate id '{id}'; each record needs its own id",
        .indonesian: "{file}: id '{id}' muncul dua kali; setiap entri memerlukan id sendiri",
      ]
    case .danglingReference:
      [
        .english: "{file}: {record}, field '{field}': '{value}' is not in {target}",
        .indonesian: "{file}: {record}, kolom '{field}': '{value}' tidak ada di {target}",
      ]
    case .readFailed:
      [
        .english: "cannot read {path}: {reason}",
        .indonesian: "tidak dapat membaca {path}: {reason}",
      ]
    case .writeFailed:
      [
        .english: "cannot write {path}: {reason}; the store was left as it was",
        .indonesian: "tidak dapat menulis {path}: {reason}; registri dibiarkan seperti semula",
      ]
    case .commitUnfinished:
      [
        .english: "cannot write {path}: {reason} (the next command will finish the write)",
        .indonesian: "tidak dapat menulis {path}: {reason} (perintah berikutnya akan menyelesaikan penulisan)",
      ]
    case .doesNotReadBack:
      [
        .english: "would not be read back as written; the change was not saved",
        .indonesian: "tidak akan terbaca kembali seperti yang ditulis; perubahan tidak disimpan",
      ]
    case .cohortYearOutOfRange:
      [
        .english: "{year} is outside the programme's years; expected years from 2017 to 2100",
        .indonesian: "{year} di luar tahun program; seharusnya tahun 2017 sampai 2100",
      ]
    case .storeReadOnly:
      [
        .english: "cannot write to the store {path}: it is read-only ({reason}); write to a copy, or make the folder writable",
        .indonesian:
          "tidak dapat menulis ke registri {path}: hanya-baca ({reason}); tulis ke salinannya, atau jadikan foldernya dapat ditulis",
      ]
    case .pendingCommitReadOnly:
      [
        .english:
          "{path} holds a write a crashed process did not finish, and the store is read-only; read as if the write were finished",
        .indonesian:
          "{path} memuat penulisan yang tidak diselesaikan proses yang terhenti, dan registri hanya-baca; dibaca seolah penulisan itu selesai",
      ]
    case .standardOutput:
      [
        .english: "standard output",
        .indonesian: "keluaran standar",
      ]
    case .outputIsFolder:
      [
        .english: "is a folder; name a file",
        .indonesian: "berupa folder; sebutkan berkas",
      ]
    case .invalidEnvironment:
      [
        .english: "The value '{value}' of the environment variable {name} is invalid: {reason}",
        .indonesian: "Nilai '{value}' variabel lingkungan {name} tidak sah: {reason}",
      ]
    case .expectedSeconds:
      [
        .english: "expected seconds from 0 to 3600, such as 10 or 2.5",
        .indonesian: "seharusnya detik dari 0 sampai 3600, misalnya 10 atau 2.5",
      ]
    case .outputFailed:
      [
        .english: "cannot write to {path}: {reason}",
        .indonesian: "tidak dapat menulis ke {path}: {reason}",
      ]
    case .notReadableFile:
      [
        .english: "cannot read {path}: not a file",
        .indonesian: "tidak dapat membaca {path}: bukan berkas",
      ]
    case .locked:
      [
        .english:
          "the store is locked by another process (waited {seconds} for the lock on {path}); try again, or raise SMARTCITY_LOCK_TIMEOUT",
        .indonesian:
          "registri sedang dikunci proses lain (sudah menunggu {seconds} untuk kunci {path}); coba lagi, atau naikkan SMARTCITY_LOCK_TIMEOUT",
      ]
    case .didYouMean:
      [
        .english: "did you mean {suggestions}?",
        .indonesian: "maksud Anda {suggestions}?",
      ]
    case .regencyHint:
      [
        .english: "use a Kemendagri code such as 53.19 or a name; 'smartcity regencies --search TEXT' lists them",
        .indonesian: "pakai kode Kemendagri seperti 53.19 atau nama; 'smartcity regencies --search TEKS' menampilkan daftarnya",
      ]
    case .unknownRegency:
      [
        .english: "no regency or city matches '{input}'; {hint}",
        .indonesian: "tidak ada kabupaten/kota yang cocok dengan '{input}'; {hint}",
      ]
    case .provinceNotRegion:
      [
        .english: "'{input}' is a province, {province}; name one of its regions: {regions}",
        .indonesian: "'{input}' adalah provinsi, {province}; sebut salah satu daerahnya: {regions}",
      ]
    case .ambiguousRegency:
      [
        .english: "'{input}' is ambiguous: {candidates}; say 'Kabupaten {input}' or 'Kota {input}', or give the code",
        .indonesian: "'{input}' bermakna ganda: {candidates}; tulis 'Kabupaten {input}' atau 'Kota {input}', atau beri kodenya",
      ]
    case .provinceHint:
      [
        .english: "use a two-digit code such as 53 or a name such as 'Nusa Tenggara Timur'",
        .indonesian: "pakai kode dua angka seperti 53 atau nama seperti 'Nusa Tenggara Timur'",
      ]
    case .unknownProvince:
      [
        .english: "no province matches '{input}'; {hint}",
        .indonesian: "tidak ada provinsi yang cocok dengan '{input}'; {hint}",
      ]
    case .unknownCohort:
      [
        .english: "no cohort '{input}'; known cohorts: {known}",
        .indonesian: "tidak ada angkatan '{input}'; angkatan yang dikenal: {known}",
      ]
    case .noCohortForYear:
      [
        .english: "no cohort signs in {year}; pass --cohort with one of: {known}",
        .indonesian: "tidak ada angkatan yang menandatangani pada {year}; beri --cohort dengan salah satu dari: {known}",
      ]
    case .severalCohortsForYear:
      [
        .english: "several cohorts sign in {year} ({cohorts}); pass --cohort",
        .indonesian: "beberapa angkatan menandatangani pada {year} ({cohorts}); beri --cohort",
      ]
    case .duplicateMoU:
      [
        .english: "this region already has an MoU in that cohort: {id}, signed {date}; one MoU per region per cohort",
        .indonesian:
          "daerah ini sudah memiliki nota kesepakatan pada angkatan itu: {id}, ditandatangani {date}; satu nota kesepakatan per daerah per angkatan",
      ]
    case .dateOutsideCohort:
      [
        .english: "{date} is not in cohort {cohort}, which signed in {years}; check the date or pass another --cohort",
        .indonesian:
          "{date} tidak termasuk angkatan {cohort}, yang menandatangani pada {years}; periksa tanggalnya atau beri --cohort lain",
      ]
    case .noMembership:
      [
        .english: "{regency} has no MoU; register the signing first with 'smartcity add-mou'",
        .indonesian: "{regency} belum memiliki nota kesepakatan; catat penandatanganannya dahulu dengan 'smartcity add-mou'",
      ]
    case .noMembershipInCohort:
      [
        .english: "{regency} has no MoU in cohort {cohort}; register the signing first with 'smartcity add-mou'",
        .indonesian:
          "{regency} belum memiliki nota kesepakatan pada angkatan {cohort}; catat penandatanganannya dahulu dengan 'smartcity add-mou'",
      ]
    case .severalMemberships:
      [
        .english: "{regency} signed in several cohorts ({cohorts}); pass --cohort",
        .indonesian: "{regency} menandatangani pada beberapa angkatan ({cohorts}); beri --cohort",
      ]
    case .duplicateMilestone:
      [
        .english: "this milestone is already recorded: {id}",
        .indonesian: "tahapan ini sudah tercatat: {id}",
      ]
    case .duplicateQuickWin:
      [
        .english: "this quick win is already recorded: {id}; give another title",
        .indonesian: "quick win ini sudah tercatat: {id}; beri judul lain",
      ]
    case .nothingToUndo:
      [
        .english: "nothing to undo: the journal ({path}) holds no earlier write",
        .indonesian: "tidak ada yang dapat dibatalkan: jurnal ({path}) tidak memuat penulisan sebelumnya",
      ]
    case .brokenJournal:
      [
        .english: "{path}: {reason}; the journal entry cannot be undone",
        .indonesian: "{path}: {reason}; entri jurnal ini tidak dapat dibatalkan",
      ]
    case .mouHint:
      [
        .english: "'smartcity list --format tsv' shows the ids",
        .indonesian: "'smartcity list --format tsv' menampilkan id-nya",
      ]
    case .unknownMoU:
      [
        .english: "no MoU with id '{id}'; {hint}",
        .indonesian: "tidak ada nota kesepakatan dengan id '{id}'; {hint}",
      ]
    case .recordInUse:
      [
        .english: "{id} is referred to by {records}; remove or change those first",
        .indonesian: "{id} dirujuk oleh {records}; hapus atau ubah entri itu dahulu",
      ]
    case .duplicateRecord:
      [
        .english: "{file} already holds '{id}'; each record needs its own id",
        .indonesian: "{file} sudah memuat '{id}'; setiap entri memerlukan id sendiri",
      ]
    case .invalidInput:
      [
        .english: "{field}: {reason}",
        .indonesian: "{field}: {reason}",
      ]
    case .importFailedOneRow:
      [
        .english: "{file}: 1 bad row, nothing imported: {problems}",
        .indonesian: "{file}: 1 baris salah, tidak ada yang diimpor: {problems}",
      ]
    case .importFailed:
      [
        .english: "{file}: {count} bad rows, nothing imported: {problems}",
        .indonesian: "{file}: {count} baris salah, tidak ada yang diimpor: {problems}",
      ]
    case .unknownLetterNoneKnown:
      [
        .english: "no selection letter '{number}'; the store has none",
        .indonesian: "tidak ada surat penetapan '{number}'; registri belum memuat surat apa pun",
      ]
    case .unknownLetter:
      [
        .english: "no selection letter '{number}'; known: {known}",
        .indonesian: "tidak ada surat penetapan '{number}'; yang dikenal: {known}",
      ]
    // MARK: Input refused (import, add)
    case .notInFile:
      [
        .english: "'{value}' is not in {file}",
        .indonesian: "'{value}' tidak ada di {file}",
      ]
    case .csvLineProblem:
      [
        .english: "line {line}: {problem}",
        .indonesian: "baris {line}: {problem}",
      ]
    case .csvEmpty:
      [
        .english: "empty file; expected a header row naming the columns",
        .indonesian: "berkas kosong; seharusnya ada baris judul yang menamai kolom",
      ]
    case .csvUnknownColumn:
      [
        .english: "unknown column '{column}' (known: {known})",
        .indonesian: "kolom '{column}' tidak dikenal (yang dikenal: {known})",
      ]
    case .csvColumnTwice:
      [
        .english: "column '{column}' appears twice",
        .indonesian: "kolom '{column}' muncul dua kali",
      ]
    case .csvMissingColumn:
      [
        .english: "missing column '{column}'",
        .indonesian: "kolom '{column}' tidak ada",
      ]
    case .csvFieldCount:
      [
        .english: "expected {expected} fields, found {found}",
        .indonesian: "seharusnya {expected} isian, ditemukan {found}",
      ]
    case .csvNotUTF8:
      [
        .english: "not UTF-8 text; save the file as CSV UTF-8",
        .indonesian: "bukan teks UTF-8; simpan berkas sebagai CSV UTF-8",
      ]
    case .csvStrayQuote:
      [
        .english: "a quote inside an unquoted field; quote the whole field and double the quote",
        .indonesian: "ada tanda petik di dalam isian tanpa petik; beri petik pada seluruh isian dan gandakan tanda petiknya",
      ]
    case .csvTextAfterQuote:
      [
        .english: "text after a closing quote; quote the whole field",
        .indonesian: "ada teks setelah petik penutup; beri petik pada seluruh isian",
      ]
    case .csvUnclosedQuote:
      [
        .english: "a quoted field is never closed; add the closing quote",
        .indonesian: "isian berpetik tidak pernah ditutup; tambahkan petik penutup",
      ]
    case .alreadyWithOtherValues:
      [
        .english: "'{id}' is already in {file} with other values",
        .indonesian: "'{id}' sudah ada di {file} dengan nilai lain",
      ]
    case .emptyRegency:
      [
        .english: "empty; give a Kemendagri code such as 53.19 or a name",
        .indonesian: "kosong; beri kode Kemendagri seperti 53.19 atau nama",
      ]
    case .emptySigningDate:
      [
        .english: "empty; give the signing date, e.g. 2021-05-20",
        .indonesian: "kosong; beri tanggal penandatanganan, misalnya 2021-05-20",
      ]
    case .idDoesNotMatch:
      [
        .english: "'{id}' does not match the region and cohort ({expected})",
        .indonesian: "'{id}' tidak sesuai dengan daerah dan angkatannya ({expected})",
      ]
    case .expectedWholeNumbers:
      [
        .english: "expected whole numbers separated by commas, found '{found}'",
        .indonesian: "seharusnya bilangan bulat dipisahkan koma, ditemukan '{found}'",
      ]
    case .notAJSONArray:
      [
        .english: "starts with '[' but is not a JSON array",
        .indonesian: "diawali '[' tetapi bukan array JSON",
      ]
    case .expectedJSONObjects:
      [
        .english: "expected a JSON array of objects, such as [{\"name\": \"...\"}]",
        .indonesian: "seharusnya array JSON berisi objek, seperti [{\"name\": \"...\"}]",
      ]
    case .journalNamesOtherFile:
      [
        .english: "names '{file}', which is not a collection file",
        .indonesian: "menyebut '{file}', yang bukan berkas koleksi",
      ]
    case .journalFileMissing:
      [
        .english: "{file} is missing",
        .indonesian: "{file} tidak ada",
      ]
    // MARK: Dates typed by people
    case .dateEmpty:
      [
        .english: "the date is empty; use 2021-05-20, 20/05/2021 or \"20 Mei 2021\"",
        .indonesian: "tanggal kosong; pakai 2021-05-20, 20/05/2021 atau \"20 Mei 2021\"",
      ]
    case .dateUnrecognised:
      [
        .english:
          "not a date; use 2021-05-20, 20/05/2021 (or 20-05-2021, 20.05.2021) or \"20 Mei 2021\" / \"20 May 2021\", with a weekday before it if you like (\"Kamis, 21 April 2022\", \"Kamis (21/4/2022)\")",
        .indonesian:
          "bukan tanggal; pakai 2021-05-20, 20/05/2021 (atau 20-05-2021, 20.05.2021) atau \"20 Mei 2021\" / \"20 May 2021\", boleh didahului nama hari (\"Kamis, 21 April 2022\", \"Kamis (21/4/2022)\")",
      ]
    case .dateImpossible:
      [
        .english: "no such day in the calendar; use 2021-05-20, 20/05/2021 or \"20 Mei 2021\"",
        .indonesian: "tanggal itu tidak ada di kalender; pakai 2021-05-20, 20/05/2021 atau \"20 Mei 2021\"",
      ]
    case .dateAmbiguous:
      [
        .english: "ambiguous date; {hint}",
        .indonesian: "tanggal bermakna ganda; {hint}",
      ]
    case .dateHintISO:
      [
        .english: "write ISO dates with two-digit month and day, e.g. 2021-05-20",
        .indonesian: "tulis tanggal ISO dengan bulan dan hari dua angka, misalnya 2021-05-20",
      ]
    case .dateHintYear:
      [
        .english: "write the year with four digits, e.g. 20/05/2021",
        .indonesian: "tulis tahun dengan empat angka, misalnya 20/05/2021",
      ]
    case .dateUnknownMonth:
      [
        .english: "unknown month '{month}'; use a month name such as Mei, Agustus or Desember",
        .indonesian: "bulan '{month}' tidak dikenal; pakai nama bulan seperti Mei, Agustus atau Desember",
      ]
    case .dateOutOfRange:
      [
        .english: "{date} is outside the programme's time span; use a date from {earliest} to {latest}",
        .indonesian: "{date} di luar rentang waktu program; pakai tanggal dari {earliest} sampai {latest}",
      ]
    // MARK: Validation findings
    case .staleDescription:
      [
        .english: "{files} out of step with this version's model; run 'smartcity describe'",
        .indonesian: "{files} tidak sesuai dengan model versi ini; jalankan 'smartcity describe'",
      ]
    case .letterNamesTwice:
      [
        .english: "{letter} names {code} twice; name each region once",
        .indonesian: "{letter} menyebut {code} dua kali; sebut setiap daerah sekali",
      ]
    case .cohortSizeDiffers:
      [
        .english: "cohort {cohort}: {registered} members registered, {announced} announced",
        .indonesian: "angkatan {cohort}: {registered} anggota tercatat, {announced} diumumkan",
      ]
    case .andMore:
      [
        .english: "and {count} more",
        .indonesian: "dan {count} lainnya",
      ]
    case .unsourcedRecord:
      [
        .english: "{file}: 1 record without a source: {ids}",
        .indonesian: "{file}: 1 entri tanpa sumber: {ids}",
      ]
    case .unsourcedRecords:
      [
        .english: "{file}: {count} records without a source: {ids}",
        .indonesian: "{file}: {count} entri tanpa sumber: {ids}",
      ]
    // MARK: Report reconciliation
    case .coverageComplete:
      [
        .english: "{registered} of {announced}",
        .indonesian: "{registered} dari {announced}",
      ]
    case .coverageBeyond:
      [
        .english: "{registered} of {announced} ({extra} more than announced)",
        .indonesian: "{registered} dari {announced} ({extra} lebih banyak dari yang diumumkan)",
      ]
    case .regionsSignedTwiceNamed:
      [
        .english: " ({count} regions signed twice: {names})",
        .indonesian: " ({count} daerah menandatangani dua kali: {names})",
      ]
    case .membersNotYetKnown:
      [
        .english: "+{count} announced members not yet known",
        .indonesian: "+{count} anggota yang diumumkan belum diketahui",
      ]
    case .membersBeyondAnnounced:
      [
        .english: "\u{2212}{count} known beyond the announced sizes",
        .indonesian: "\u{2212}{count} diketahui melebihi jumlah yang diumumkan",
      ]
    case .repeatsNotYetKnown:
      [
        .english: "{count} from repeats the registry does not show",
        .indonesian: "{count} dari pengulangan yang tidak tercatat di registri",
      ]
    case .gapExplained:
      [
        .english: "; {announced} announced \u{2212} {registered} registered = {gap}: {terms}",
        .indonesian: "; {announced} diumumkan \u{2212} {registered} tercatat = {gap}: {terms}",
      ]
    case .coverageKnown:
      [
        .english: "{registered} of {announced} known",
        .indonesian: "{registered} dari {announced} diketahui",
      ]
    case .announcedSignings:
      [
        .english: "{count} announced signings",
        .indonesian: "{count} penandatanganan diumumkan",
      ]
    case .lessRepeats:
      [
        .english: " less {repeats} repeats = {net}",
        .indonesian: " dikurangi {repeats} ulangan = {net}",
      ]
    case .lessImpliedRepeats:
      [
        .english: " less {repeats} repeats (implied) = {net}",
        .indonesian: " dikurangi {repeats} ulangan (tersirat) = {net}",
      ]
    case .announcedRegions:
      [
        .english: " (announced: {count})",
        .indonesian: " (diumumkan: {count})",
      ]
    case .registryHolds:
      [
        .english: "; the registry holds {regions} regions from {mous} MoUs",
        .indonesian: "; registri memuat {regions} daerah dari {mous} nota kesepakatan",
      ]
    case .regionsSignedTwice:
      [
        .english: " ({count} regions signed twice)",
        .indonesian: " ({count} daerah menandatangani dua kali)",
      ]
    // MARK: Milestones, scope, signatories
    case .milestoneBeforeMoU:
      [
        .english: "the milestone ({date}) is before the MoU of {signed}",
        .indonesian: "tahapan ini ({date}) mendahului nota kesepakatan tanggal {signed}",
      ]
    case .milestoneBeforePreviousBimtek:
      [
        .english: "it is dated before {milestone} ({date})",
        .indonesian: "tanggalnya mendahului {milestone} ({date})",
      ]
    case .milestonesBeforeMoU:
      [
        .english: "milestones.json: {count} milestones dated before their membership's MoU: {ids}",
        .indonesian: "milestones.json: {count} tahapan bertanggal sebelum nota kesepakatan keanggotaannya: {ids}",
      ]
    case .bimtekGaps:
      [
        .english:
          "milestones.json: {count} Bimtek sessions whose previous session is not recorded (not reported, or not found yet): {ids}",
        .indonesian:
          "milestones.json: {count} sesi Bimtek yang sesi sebelumnya belum tercatat (tidak diberitakan, atau belum ditemukan): {ids}",
      ]
    case .bimtekOutOfOrder:
      [
        .english: "milestones.json: {count} Bimtek sessions dated before their previous session: {ids}",
        .indonesian: "milestones.json: {count} sesi Bimtek bertanggal sebelum sesi sebelumnya: {ids}",
      ]
    case .previousBimtekMissing:
      [
        .english: "{milestone} is not recorded for this membership",
        .indonesian: "{milestone} belum tercatat untuk keanggotaan ini",
      ]
    case .milestoneBimtek1:
      [
        .english: "Bimtek Tahap I",
        .indonesian: "Bimtek Tahap I",
      ]
    case .milestoneBimtek2:
      [
        .english: "Bimtek Tahap II",
        .indonesian: "Bimtek Tahap II",
      ]
    case .milestoneBimtek3:
      [
        .english: "Bimtek Tahap III",
        .indonesian: "Bimtek Tahap III",
      ]
    case .milestoneBimtek4:
      [
        .english: "Bimtek Tahap IV",
        .indonesian: "Bimtek Tahap IV",
      ]
    case .milestoneMasterplanPresented:
      [
        .english: "masterplan presented",
        .indonesian: "rencana induk (masterplan) dipaparkan",
      ]
    case .milestoneMasterplanAdopted:
      [
        .english: "masterplan adopted",
        .indonesian: "rencana induk (masterplan) ditetapkan",
      ]
    case .milestoneEvaluated:
      [
        .english: "evaluated",
        .indonesian: "dievaluasi",
      ]
    case .milestoneAwarded:
      [
        .english: "awarded",
        .indonesian: "meraih penghargaan",
      ]
    case .scopeMasterplanGuidance:
      [
        .english: "technical guidance for the Smart City masterplan",
        .indonesian: "bimbingan teknis penyusunan rencana induk (masterplan) Smart City",
      ]
    case .scopeDataExchange:
      [
        .english: "data exchange and legal software / FOSS between regional agencies",
        .indonesian: "pertukaran data dan penggunaan perangkat lunak legal dan/atau FOSS antar-organisasi perangkat daerah",
      ]
    case .scopeSocialisation:
      [
        .english: "socialisation and focus group discussions (FGD)",
        .indonesian: "sosialisasi dan diskusi kelompok terpumpun (FGD)",
      ]
    case .scopeDataIntegration:
      [
        .english: "data integration between regional agencies",
        .indonesian: "integrasi data antar-organisasi perangkat daerah",
      ]
    case .onBehalfOf:
      [
        .english: "on behalf of the {office}",
        .indonesian: "atas nama {office}",
      ]
    // MARK: Usage errors, in swift-argument-parser's words
    case .unknownCommand:
      [
        .english: "Unknown command '{name}'. See 'smartcity help' for the list of commands.",
        .indonesian: "Perintah '{name}' tidak dikenal. Lihat 'smartcity help' untuk daftar perintah.",
      ]
    case .unknownCommandSuggesting:
      [
        .english: "Unknown command '{name}'. Did you mean '{suggestion}'?",
        .indonesian: "Perintah '{name}' tidak dikenal. Maksud Anda '{suggestion}'?",
      ]
    case .unknownOption:
      [
        .english: "Unknown option '{name}'.",
        .indonesian: "Opsi '{name}' tidak dikenal.",
      ]
    case .unknownOptionSuggesting:
      [
        .english: "Unknown option '{name}'. Did you mean '{suggestion}'?",
        .indonesian: "Opsi '{name}' tidak dikenal. Maksud Anda '{suggestion}'?",
      ]
    case .missingValue:
      [
        .english: "Missing value for '{option}'",
        .indonesian: "Nilai untuk '{option}' tidak ada",
      ]
    case .missingArgument:
      [
        .english: "Missing expected argument '{argument}'",
        .indonesian: "Argumen yang diharapkan tidak ada: '{argument}'",
      ]
    case .unexpectedArgument:
      [
        .english: "Unexpected argument '{argument}'",
        .indonesian: "Argumen tidak terduga: '{argument}'",
      ]
    case .evidenceNeedsSource:
      [
        .english: "the evidence describes the sources given with --source; give at least one",
        .indonesian: "bukti menjelaskan sumber yang diberikan dengan --source; berikan setidaknya satu",
      ]
    case .repeatedOption:
      [
        .english: "The option '{option}' was given more than once; give it once",
        .indonesian: "Opsi '{option}' diberikan lebih dari sekali; berikan sekali saja",
      ]
    case .optionEvidence:
      [
        .english: "What the sources state, in a sentence, for readers to judge the claim.",
        .indonesian: "Apa yang dinyatakan sumber, dalam satu kalimat, agar pembaca dapat menilai klaimnya.",
      ]
    case .optionConfidence:
      [
        .english:
          "How strongly the sources support it: high (an official site, or two independent reports) or medium (one report).",
        .indonesian:
          "Seberapa kuat sumber mendukungnya: high (situs resmi, atau dua laporan independen) atau medium (satu laporan).",
      ]
    case .optionMoUNumber:
      [
        .english: "The MoU's own number, as printed.",
        .indonesian: "Nomor nota kesepakatan, seperti tercetak.",
      ]
    case .invalidValue:
      [
        .english: "The value '{value}' is invalid for '{option}': {reason}",
        .indonesian: "Nilai '{value}' tidak sah untuk '{option}': {reason}",
      ]
    case .invalidArgumentEncoding:
      [
        .english: "Argument {position} is not valid UTF-8 text; pass text in UTF-8",
        .indonesian: "Argumen ke-{position} bukan teks UTF-8 yang sah; berikan teks dalam UTF-8",
      ]
    case .seeHelpOf:
      [
        .english: "  See 'smartcity {command} --help' for more information.",
        .indonesian: "  Lihat 'smartcity {command} --help' untuk keterangan lebih lanjut.",
      ]
    case .seeHelp:
      [
        .english: "  See 'smartcity --help' for more information.",
        .indonesian: "  Lihat 'smartcity --help' untuk keterangan lebih lanjut.",
      ]
    // MARK: Option values refused
    case .takesNoValue:
      [
        .english: "this option takes no value",
        .indonesian: "opsi ini tidak menerima nilai",
      ]
    case .useOneOf:
      [
        .english: "use one of {values}",
        .indonesian: "pakai salah satu dari {values}",
      ]
    case .useOneOrMoreOf:
      [
        .english: "use one or more of {values}, separated by commas",
        .indonesian: "pakai satu atau lebih dari {values}, dipisahkan koma",
      ]
    case .nameAFolder:
      [
        .english: "name a folder",
        .indonesian: "sebutkan sebuah folder",
      ]
    case .controlCharacters:
      [
        .english: "contains control characters (such as a newline or an escape sequence); type plain text",
        .indonesian: "mengandung karakter kontrol (seperti baris baru atau urutan escape); ketik teks biasa",
      ]
    case .tooLong:
      [
        .english: "too long ({count} characters); at most {maximum}",
        .indonesian: "terlalu panjang ({count} karakter); paling banyak {maximum}",
      ]
    case .expectedYear:
      [
        .english: "expected a year such as 2021",
        .indonesian: "seharusnya tahun seperti 2021",
      ]
    case .collectionNeedsFormat:
      [
        .english: "--collection goes with json, ndjson or csv",
        .indonesian: "--collection hanya untuk json, ndjson atau csv",
      ]
    case .optionNeedsCSV:
      [
        .english: "--{option} goes with csv",
        .indonesian: "--{option} hanya untuk csv",
      ]
    case .needsLettersOrDigits:
      [
        .english: "needs letters or digits",
        .indonesian: "memerlukan huruf atau angka",
      ]
    case .expectedYears:
      [
        .english: "expected years such as 2024,2025",
        .indonesian: "seharusnya tahun seperti 2024,2025",
      ]
    case .expectedCount:
      [
        .english: "expected a whole number, 0 or more",
        .indonesian: "seharusnya bilangan bulat, 0 atau lebih",
      ]
    case .useShell:
      [
        .english: "use bash, zsh or fish",
        .indonesian: "pakai bash, zsh atau fish",
      ]
    case .noSuchFile:
      [
        .english: "cannot read {path}: no such file",
        .indonesian: "tidak dapat membaca {path}: berkas tidak ada",
      ]
    // MARK: Help: the common options
    case .optionData:
      [
        .english: "The store's folder. (default: $SMARTCITY_DATA, else ./Data)",
        .indonesian: "Folder registri. (bawaan: $SMARTCITY_DATA, atau ./Data)",
      ]
    case .optionLang:
      [
        .english: "The language of messages, help and tables.",
        .indonesian: "Bahasa pesan, bantuan dan tabel.",
      ]
    case .defaultLanguage:
      [
        .english: "$SMARTCITY_LANG, else the locale, else en",
        .indonesian: "$SMARTCITY_LANG, atau locale sistem, atau en",
      ]
    case .optionNoColor:
      [
        .english: "Never colour the output.",
        .indonesian: "Jangan pernah memberi warna pada keluaran.",
      ]
    case .optionHelp:
      [
        .english: "Show help information.",
        .indonesian: "Tampilkan bantuan.",
      ]
    case .optionVersion:
      [
        .english: "Show the version.",
        .indonesian: "Tampilkan versi.",
      ]
    case .seeSubcommandHelp:
      [
        .english: "  See 'smartcity help <subcommand>' for detailed help.",
        .indonesian: "  Lihat 'smartcity help <subcommand>' untuk bantuan terperinci.",
      ]
    case .helpDefault:
      [
        .english: "default: {value}",
        .indonesian: "bawaan: {value}",
      ]
    case .helpValues:
      [
        .english: "values: {values}",
        .indonesian: "nilai: {values}",
      ]
    case .rootAbstract:
      [
        .english: "A registry of Indonesia's Gerakan Menuju Smart City: regions, MoUs, letters and cohorts.",
        .indonesian: "Registri Gerakan Menuju Smart City Indonesia: daerah, nota kesepakatan, surat penetapan dan angkatan.",
      ]
    // MARK: Help: options several commands share
    case .optionRegency:
      [
        .english: "Kemendagri code (53.19) or name of the regency or city.",
        .indonesian: "Kode Kemendagri (53.19) atau nama kabupaten/kota.",
      ]
    case .optionSource:
      [
        .english: "Where the fact comes from: the page's web address (https://… or example.org/page).",
        .indonesian: "Asal fakta ini: alamat web halamannya (https://… atau example.org/halaman).",
      ]
    case .optionNote:
      [
        .english: "A note on the record.",
        .indonesian: "Catatan untuk entri ini.",
      ]
    case .optionDryRun:
      [
        .english: "Show what would be stored, and store nothing.",
        .indonesian: "Tampilkan apa yang akan disimpan, tanpa menyimpan apa pun.",
      ]
    case .optionSignatory:
      [
        .english: "Name of the region's signatory.",
        .indonesian: "Nama penanda tangan dari daerah.",
      ]
    case .optionOffice:
      [
        .english: "Office of the signatory: Bupati, Wali Kota, Sekda.",
        .indonesian: "Jabatan penanda tangan: Bupati, Wali Kota, Sekda.",
      ]
    case .optionOnBehalfOf:
      [
        .english: "The office a deputy signed for, e.g. Bupati.",
        .indonesian: "Jabatan yang diwakili penanda tangan, misalnya Bupati.",
      ]
    case .optionVenue:
      [
        .english: "Where the region signed from.",
        .indonesian: "Tempat daerah menandatangani.",
      ]
    case .optionLetter:
      [
        .english: "Number of the selection letter that named the region.",
        .indonesian: "Nomor surat penetapan yang menyebut daerah ini.",
      ]
    case .optionScope:
      [
        .english: "Scope points, separated by commas: {values}.",
        .indonesian: "Butir ruang lingkup, dipisahkan koma: {values}.",
      ]
    // MARK: add-mou
    case .addMoUAbstract:
      [
        .english: "Register a signed MoU (nota kesepakatan) of a regency or city.",
        .indonesian: "Catat nota kesepakatan (MoU) yang ditandatangani sebuah kabupaten/kota.",
      ]
    case .addMoUDiscussion:
      [
        .english:
          "The cohort is inferred from the date's year when one cohort signs in that year. A region signs at most one MoU per cohort. The MoU joins the cohort's signing ceremony held that day, if the store has one.",
        .indonesian:
          "Angkatan disimpulkan dari tahun tanggalnya bila hanya satu angkatan yang menandatangani pada tahun itu. Satu daerah menandatangani paling banyak satu nota kesepakatan per angkatan. Nota kesepakatan dikaitkan dengan seremoni penandatanganan angkatannya pada hari itu, bila registri memuatnya.",
      ]
    case .optionSigningDate:
      [
        .english: "Signing date: 2021-05-20, 20/05/2021 or \"20 Mei 2021\".",
        .indonesian: "Tanggal penandatanganan: 2021-05-20, 20/05/2021 atau \"20 Mei 2021\".",
      ]
    case .addMoUCohort:
      [
        .english: "The cohort id, e.g. 2021. (default: the cohort signing in the date's year)",
        .indonesian: "Id angkatan, misalnya 2021. (bawaan: angkatan yang menandatangani pada tahun tanggal itu)",
      ]
    case .optionMode:
      [
        .english: "How it was signed.",
        .indonesian: "Cara penandatanganannya.",
      ]
    case .defaultCeremonyMode:
      [
        .english: "the ceremony's",
        .indonesian: "sama dengan seremoninya",
      ]
    case .addMoUArea:
      [
        .english: "The priority area named in the MoU, e.g. \"KPPN Labuan Bajo\".",
        .indonesian: "Kawasan prioritas yang disebut dalam nota kesepakatan, misalnya \"KPPN Labuan Bajo\".",
      ]
    case .registeredMoU:
      [
        .english: "Registered {id}: {region}, cohort {cohort}, signed {date}",
        .indonesian: "Tercatat {id}: {region}, angkatan {cohort}, ditandatangani {date}",
      ]
    case .wouldRegisterMoU:
      [
        .english: "Would register {id}: {region}, cohort {cohort}, signed {date}",
        .indonesian: "Akan dicatat {id}: {region}, angkatan {cohort}, ditandatangani {date}",
      ]
    case .unsourcedSuffix:
      [
        .english: " (unsourced)",
        .indonesian: " (tanpa sumber)",
      ]
    case .dryRunSuffix:
      [
        .english: "; dry run, nothing written",
        .indonesian: "; uji coba, tidak ada yang ditulis",
      ]
    // MARK: list
    case .listAbstract:
      [
        .english: "List the regions in the programme, by cohort, province or year.",
        .indonesian: "Daftar daerah dalam program, menurut angkatan, provinsi atau tahun.",
      ]
    case .listDiscussion:
      [
        .english:
          "Lists every region with an MoU (status signed) and every region a selection letter names without a recorded MoU (status selected), one row per region and cohort, sorted by code.",
        .indonesian:
          "Menampilkan setiap daerah yang memiliki nota kesepakatan (status signed) dan setiap daerah yang disebut surat penetapan tanpa nota kesepakatan tercatat (status selected), satu baris per daerah dan angkatan, diurutkan menurut kode.",
      ]
    case .listCohort:
      [
        .english: "Only this cohort, e.g. 2021.",
        .indonesian: "Hanya angkatan ini, misalnya 2021.",
      ]
    case .listRegency:
      [
        .english: "Only this regency or city: a code (53.19) or a name.",
        .indonesian: "Hanya kabupaten/kota ini: kode (53.19) atau nama.",
      ]
    case .listProvince:
      [
        .english: "Only this province: a code (53) or a name.",
        .indonesian: "Hanya provinsi ini: kode (53) atau nama.",
      ]
    case .listYear:
      [
        .english: "Only MoUs signed in this year.",
        .indonesian: "Hanya nota kesepakatan yang ditandatangani pada tahun ini.",
      ]
    case .listStage:
      [
        .english:
          "Only memberships whose furthest reported step is this stage (report --by stage counts every membership that reached it).",
        .indonesian:
          "Hanya keanggotaan yang langkah terjauhnya yang dilaporkan adalah tahap ini (report --by stage menghitung setiap keanggotaan yang mencapainya).",
      ]
    case .listPillar:
      [
        .english: "Only memberships with a quick win under this pillar.",
        .indonesian: "Hanya keanggotaan yang memiliki quick win pada pilar ini.",
      ]
    case .oneRegion:
      [
        .english: "1 region",
        .indonesian: "1 daerah",
      ]
    case .regions:
      [
        .english: "{count} regions",
        .indonesian: "{count} daerah",
      ]
    case .unsourcedCell:
      [
        .english: "(unsourced)",
        .indonesian: "(tanpa sumber)",
      ]
    // MARK: Table headings
    case .columnCode:
      [
        .english: "Code",
        .indonesian: "Kode",
      ]
    case .columnName:
      [
        .english: "Name",
        .indonesian: "Nama",
      ]
    case .columnRegion:
      [
        .english: "Region",
        .indonesian: "Daerah",
      ]
    case .columnKind:
      [
        .english: "Kind",
        .indonesian: "Jenis",
      ]
    case .columnProvinceCode:
      [
        .english: "Prov.",
        .indonesian: "Prov.",
      ]
    case .columnProvince:
      [
        .english: "Province",
        .indonesian: "Provinsi",
      ]
    case .columnCohort:
      [
        .english: "Cohort",
        .indonesian: "Angkatan",
      ]
    case .columnStatus:
      [
        .english: "Status",
        .indonesian: "Status",
      ]
    case .columnStage:
      [
        .english: "Furthest step",
        .indonesian: "Tahap terjauh",
      ]
    case .columnSigned:
      [
        .english: "Signed",
        .indonesian: "Ditandatangani",
      ]
    case .columnMoU:
      [
        .english: "MoU",
        .indonesian: "Nota kesepakatan",
      ]
    case .columnLetter:
      [
        .english: "Letter",
        .indonesian: "Surat penetapan",
      ]
    case .columnSource:
      [
        .english: "Source",
        .indonesian: "Sumber",
      ]
    case .columnCohorts:
      [
        .english: "Cohorts",
        .indonesian: "Angkatan",
      ]
    // MARK: report
    case .reportAbstract:
      [
        .english: "Print per-year and per-cohort totals, registered against announced.",
        .indonesian: "Cetak jumlah per tahun dan per angkatan, yang tercatat dibandingkan dengan yang diumumkan.",
      ]
    case .reportDiscussion:
      [
        .english:
          "MoUs count signings; regions count distinct kabupaten/kota (one region can sign in several cohorts). A cohort whose members are not all registered shows as \"43 of 48 known\". Without --by, the report is text for people, on a terminal or piped; CSV and tab-separated output hold one section, chosen with --by.",
        .indonesian:
          "Nota kesepakatan menghitung penandatanganan; daerah menghitung kabupaten/kota yang berbeda (satu daerah dapat menandatangani pada beberapa angkatan). Angkatan yang anggotanya belum semua tercatat tampil sebagai \"43 dari 48 diketahui\". Tanpa --by, laporan berupa teks untuk dibaca, di terminal maupun disalurkan; CSV dan keluaran dipisah tab memuat satu bagian, dipilih dengan --by.",
      ]
    case .reportBy:
      [
        .english: "Print one section only.",
        .indonesian: "Cetak satu bagian saja.",
      ]
    case .reconciliationIsProgrammeWide:
      [
        .english: "the reconciliation sets the programme's announced totals against all its records; leave out --cohort",
        .indonesian: "rekonsiliasi membandingkan total yang diumumkan program dengan seluruh entrinya; hilangkan --cohort",
      ]
    case .reportFormatNeedsSection:
      [
        .english:
          "a CSV or tab-separated report holds one section; choose it with --by (year, cohort, province, reconciliation, stage, pillar), or use --format json for all",
        .indonesian:
          "laporan CSV atau dipisah tab memuat satu bagian; pilih dengan --by (year, cohort, province, reconciliation, stage, pillar), atau pakai --format json untuk semuanya",
      ]
    case .reportCohort:
      [
        .english:
          "Count only this cohort's records, in every section (the reconciliation, being of the whole programme, is left out).",
        .indonesian:
          "Hitung hanya entri angkatan ini, di setiap bagian (rekonsiliasi, yang mencakup seluruh program, tidak ditampilkan).",
      ]
    case .sectionYears:
      [
        .english: "Per year",
        .indonesian: "Per tahun",
      ]
    case .sectionCohorts:
      [
        .english: "Per cohort",
        .indonesian: "Per angkatan",
      ]
    case .sectionReconciliation:
      [
        .english: "Announced totals against the registry",
        .indonesian: "Jumlah yang diumumkan dibandingkan dengan registri",
      ]
    case .sectionProvinces:
      [
        .english: "Per province",
        .indonesian: "Per provinsi",
      ]
    case .sectionStages:
      [
        .english: "Pipeline after the signing",
        .indonesian: "Tahapan setelah penandatanganan",
      ]
    case .sectionPillars:
      [
        .english: "Quick wins per pillar",
        .indonesian: "Quick win per pilar",
      ]
    case .sectionParticipants:
      [
        .english: "Participants",
        .indonesian: "Peserta",
      ]
    case .summaryInCohort:
      [
        .english: "Regions of cohort {cohort}: {regions} of {total} ({share}%), from {mous} registered MoUs",
        .indonesian: "Daerah angkatan {cohort}: {regions} dari {total} ({share}%), dari {mous} nota kesepakatan tercatat",
      ]
    case .summaryInProgramme:
      [
        .english: "Regions in the programme: {regions} of {total} ({share}%), from {mous} registered MoUs",
        .indonesian: "Daerah dalam program: {regions} dari {total} ({share}%), dari {mous} nota kesepakatan tercatat",
      ]
    case .summaryAnnounced:
      [
        .english: "; announced: {count} by {year}",
        .indonesian: "; diumumkan: {count} hingga {year}",
      ]
    case .summaryUnconfirmed:
      [
        .english: "; {count} unconfirmed reports not counted",
        .indonesian: "; {count} laporan yang belum terkonfirmasi tidak dihitung",
      ]
    case .yes:
      [
        .english: "yes",
        .indonesian: "ya",
      ]
    case .no:
      [
        .english: "no",
        .indonesian: "tidak",
      ]
    case .columnYear:
      [
        .english: "Year",
        .indonesian: "Tahun",
      ]
    case .columnAnnouncedMoUs:
      [
        .english: "Announced MoUs",
        .indonesian: "MoU diumumkan",
      ]
    case .columnMoUs:
      [
        .english: "MoUs",
        .indonesian: "MoU",
      ]
    case .columnNewRegions:
      [
        .english: "New regions",
        .indonesian: "Daerah baru",
      ]
    case .columnCumulativeRegions:
      [
        .english: "Regions (cumulative)",
        .indonesian: "Daerah (kumulatif)",
      ]
    case .columnShareOfAll:
      [
        .english: "Of {total} %",
        .indonesian: "Dari {total} %",
      ]
    case .columnAnnouncedCumulative:
      [
        .english: "Announced (cumulative)",
        .indonesian: "Diumumkan (kumulatif)",
      ]
    case .columnPhase:
      [
        .english: "Phase",
        .indonesian: "Fase",
      ]
    case .columnScope:
      [
        .english: "Scope",
        .indonesian: "Cakupan",
      ]
    case .columnTrack:
      [
        .english: "Track",
        .indonesian: "Jalur",
      ]
    case .columnAnnounced:
      [
        .english: "Announced",
        .indonesian: "Diumumkan",
      ]
    case .columnRegistered:
      [
        .english: "Registered",
        .indonesian: "Tercatat",
      ]
    case .columnComplete:
      [
        .english: "Complete",
        .indonesian: "Lengkap",
      ]
    case .columnNotYetKnown:
      [
        .english: "Not yet known",
        .indonesian: "Belum diketahui",
      ]
    case .columnBeyondAnnounced:
      [
        .english: "Beyond announced",
        .indonesian: "Melebihi pengumuman",
      ]
    case .sourcesAbstract:
      [
        .english: "Show how well each membership is sourced, weakest first, to decide what to verify next.",
        .indonesian:
          "Tampilkan seberapa kuat sumber setiap keanggotaan, yang terlemah dahulu, untuk memutuskan apa yang diperiksa berikutnya.",
      ]
    case .sourcesDiscussion:
      [
        .english:
          "--by memberships (the default) lists each MoU with its confidence, its sources and how many independent publishers they come from, weakest first; --by sources lists the sources cited by more than one record; --by problems lists records with no source and addresses a browser cannot open.",
        .indonesian:
          "--by memberships (bawaan) mencantumkan setiap nota kesepakatan dengan tingkat keyakinan, sumber, dan jumlah penerbit independennya, yang terlemah dahulu; --by sources mencantumkan sumber yang dikutip lebih dari satu entri; --by problems mencantumkan entri tanpa sumber dan alamat yang tidak dapat dibuka peramban.",
      ]
    case .sourcesCohort:
      [
        .english: "Only the records of this cohort.",
        .indonesian: "Hanya entri angkatan ini.",
      ]
    case .sourcesBy:
      [
        .english: "Which list to print.",
        .indonesian: "Daftar yang dicetak.",
      ]
    case .sourcesSummary:
      [
        .english:
          "Memberships: {memberships}, resting on one publisher: {single}; sources cited by more than one record: {cited} (--by sources); sourcing problems: {problems} (--by problems).",
        .indonesian:
          "Keanggotaan: {memberships}, hanya dari satu penerbit: {single}; sumber yang dikutip lebih dari satu entri: {cited} (--by sources); masalah sumber: {problems} (--by problems).",
      ]
    case .columnConfidence:
      [
        .english: "Confidence",
        .indonesian: "Keyakinan",
      ]
    case .columnIndependent:
      [
        .english: "Independent",
        .indonesian: "Independen",
      ]
    case .columnUnopenable:
      [
        .english: "Unopenable",
        .indonesian: "Tak dapat dibuka",
      ]
    case .columnCitedBy:
      [
        .english: "Cited by",
        .indonesian: "Dikutip oleh",
      ]
    case .columnHost:
      [
        .english: "Host",
        .indonesian: "Host situs",
      ]
    case .columnRecords:
      [
        .english: "Records",
        .indonesian: "Entri",
      ]
    case .columnFile:
      [
        .english: "File",
        .indonesian: "Berkas",
      ]
    case .columnRecord:
      [
        .english: "Record",
        .indonesian: "Entri",
      ]
    case .columnProblem:
      [
        .english: "Problem",
        .indonesian: "Masalah",
      ]
    case .columnAddress:
      [
        .english: "Address",
        .indonesian: "Alamat",
      ]
    case .regionsFromMemberships:
      [
        .english: "{count} regions from {memberships} MoUs",
        .indonesian: "{count} daerah dari {memberships} nota kesepakatan",
      ]
    case .selectedWithoutMoU:
      [
        .english: "{count} named by a selection letter with no MoU recorded",
        .indonesian: "{count} disebut surat penetapan tanpa nota kesepakatan tercatat",
      ]
    case .cohortCoverage:
      [
        .english: "cohort {cohort}: {coverage}",
        .indonesian: "angkatan {cohort}: {coverage}",
      ]
    case .programmeCoverage:
      [
        .english: "{registered} of the {announced} regions announced by {year} known",
        .indonesian: "{registered} dari {announced} daerah yang diumumkan hingga {year} diketahui",
      ]
    case .columnStep:
      [
        .english: "Step",
        .indonesian: "Langkah",
      ]
    case .columnNote:
      [
        .english: "Note",
        .indonesian: "Catatan",
      ]
    case .columnCoverage:
      [
        .english: "Coverage",
        .indonesian: "Cakupan",
      ]
    case .columnByEndOf:
      [
        .english: "By end of",
        .indonesian: "Hingga akhir",
      ]
    case .columnSignings:
      [
        .english: "Signings",
        .indonesian: "Penandatanganan",
      ]
    case .columnRepeats:
      [
        .english: "Repeats",
        .indonesian: "Ulangan",
      ]
    case .columnMissing:
      [
        .english: "Missing",
        .indonesian: "Belum tercatat",
      ]
    case .columnExplanation:
      [
        .english: "Explanation",
        .indonesian: "Penjelasan",
      ]
    case .columnRegions:
      [
        .english: "Regions",
        .indonesian: "Daerah",
      ]
    case .columnInProgramme:
      [
        .english: "In programme",
        .indonesian: "Dalam program",
      ]
    case .columnSharePercent:
      [
        .english: "Share %",
        .indonesian: "Persentase %",
      ]
    case .columnReached:
      [
        .english: "Reached",
        .indonesian: "Tercapai",
      ]
    case .columnPillar:
      [
        .english: "Pillar",
        .indonesian: "Pilar",
      ]
    case .columnTotal:
      [
        .english: "Total",
        .indonesian: "Jumlah",
      ]
    case .quickWinPlanned:
      [
        .english: "Planned",
        .indonesian: "Direncanakan",
      ]
    case .quickWinRunning:
      [
        .english: "Running",
        .indonesian: "Berjalan",
      ]
    case .quickWinDone:
      [
        .english: "Done",
        .indonesian: "Selesai",
      ]
    case .verbatim:
      [
        .english: "{text}",
        .indonesian: "{text}",
      ]
    // MARK: add-milestone
    case .addMilestoneAbstract:
      [
        .english: "Record a milestone after the signing: a Bimtek session, the masterplan, an evaluation.",
        .indonesian: "Catat tahapan setelah penandatanganan: sesi Bimtek, rencana induk (masterplan), evaluasi.",
      ]
    case .addMilestoneDiscussion:
      [
        .english:
          "The milestone belongs to the region's MoU in --cohort, or to its only MoU, or to the latest signed before the date. A milestone before the MoU, or a Bimtek session whose predecessor is not recorded, is stored with a warning; the same milestone twice is refused.",
        .indonesian:
          "Tahapan dikaitkan dengan nota kesepakatan daerah pada --cohort, atau dengan satu-satunya nota kesepakatannya, atau dengan yang terakhir ditandatangani sebelum tanggal itu. Tahapan sebelum nota kesepakatan, atau sesi Bimtek yang tahap sebelumnya belum tercatat, disimpan dengan peringatan; tahapan yang sama dua kali ditolak.",
      ]
    case .addMilestoneKind:
      [
        .english: "What happened.",
        .indonesian: "Apa yang terjadi.",
      ]
    case .addMilestoneDate:
      [
        .english: "The (first) day: 2021-06-21, 21/06/2021 or \"21 Juni 2021\".",
        .indonesian: "Hari (pertama): 2021-06-21, 21/06/2021 atau \"21 Juni 2021\".",
      ]
    case .addMilestoneUntil:
      [
        .english: "The last day, for a milestone over several days.",
        .indonesian: "Hari terakhir, untuk tahapan yang berlangsung beberapa hari.",
      ]
    case .addMilestoneCohort:
      [
        .english: "The cohort of the membership. (default: see above)",
        .indonesian: "Angkatan keanggotaan. (bawaan: lihat di atas)",
      ]
    case .addMilestoneRegulation:
      [
        .english: "The local regulation adopting the masterplan, e.g. a Perbup number.",
        .indonesian: "Peraturan daerah yang menetapkan rencana induk (masterplan), misalnya nomor Perbup.",
      ]
    case .recorded:
      [
        .english: "Recorded {id}: {region}, {what}",
        .indonesian: "Tercatat {id}: {region}, {what}",
      ]
    case .wouldRecord:
      [
        .english: "Would record {id}: {region}, {what}",
        .indonesian: "Akan dicatat {id}: {region}, {what}",
      ]
    case .dateRange:
      [
        .english: "{from} to {to}",
        .indonesian: "{from} sampai {to}",
      ]
    // MARK: add-quickwin
    case .addQuickWinAbstract:
      [
        .english: "Record a quick win of a region under one of the six pillars.",
        .indonesian: "Catat quick win sebuah daerah pada salah satu dari enam pilar.",
      ]
    case .addQuickWinPillar:
      [
        .english: "The pillar it serves.",
        .indonesian: "Pilar yang dilayaninya.",
      ]
    case .addQuickWinTitle:
      [
        .english: "What the quick win is, e.g. \"Aplikasi layanan perizinan\".",
        .indonesian: "Nama quick win, misalnya \"Aplikasi layanan perizinan\".",
      ]
    case .addQuickWinStatus:
      [
        .english: "Where it stands.",
        .indonesian: "Keadaannya sekarang.",
      ]
    case .addQuickWinStart:
      [
        .english: "When it started.",
        .indonesian: "Kapan dimulai.",
      ]
    case .addQuickWinEnd:
      [
        .english: "When it ended.",
        .indonesian: "Kapan berakhir.",
      ]
    case .addQuickWinCohort:
      [
        .english: "The cohort of the membership. (default: the region's only or latest MoU)",
        .indonesian: "Angkatan keanggotaan. (bawaan: satu-satunya atau yang terakhir dari nota kesepakatan daerah itu)",
      ]
    // MARK: edit-mou
    case .editMoUAbstract:
      [
        .english: "Correct a registered MoU; the previous version goes to the journal.",
        .indonesian: "Perbaiki nota kesepakatan yang tercatat; versi sebelumnya disimpan di jurnal.",
      ]
    case .editMoUDiscussion:
      [
        .english:
          "Give only what changes; the rest is kept. A new --regency or --cohort gives the MoU a new id. --source adds a source to those cited; --clear empties a field. 'smartcity undo' takes the edit back.",
        .indonesian:
          "Berikan hanya yang berubah; sisanya tetap. --regency atau --cohort yang baru memberi nota kesepakatan id baru. --source menambah sumber pada yang sudah dikutip; --clear mengosongkan kolom. 'smartcity undo' membatalkan perubahan ini.",
      ]
    case .argumentMoUID:
      [
        .english: "The MoU's id, e.g. mou-2021-53.19.",
        .indonesian: "Id nota kesepakatan, misalnya mou-2021-53.19.",
      ]
    case .editMoUCohort:
      [
        .english: "The cohort id, e.g. 2021.",
        .indonesian: "Id angkatan, misalnya 2021.",
      ]
    case .editMoUArea:
      [
        .english: "The priority area named in the MoU.",
        .indonesian: "Kawasan prioritas yang disebut dalam nota kesepakatan.",
      ]
    case .editMoUSource:
      [
        .english: "Another source to cite: an address or a title.",
        .indonesian: "Sumber tambahan yang dikutip: alamat web atau judul.",
      ]
    case .editMoUClear:
      [
        .english: "Fields to empty, separated by commas.",
        .indonesian: "Kolom yang dikosongkan, dipisahkan koma.",
      ]
    case .missingChange:
      [
        .english: "Missing expected argument: an option saying what to change (see 'smartcity {command} --help')",
        .indonesian: "Argumen yang diharapkan tidak ada: opsi yang menyebut apa yang diubah (lihat 'smartcity {command} --help')",
      ]
    case .edited:
      [
        .english: "Edited {id}",
        .indonesian: "Diubah {id}",
      ]
    case .wouldEdit:
      [
        .english: "Would edit {id}",
        .indonesian: "Akan diubah {id}",
      ]
    case .renamedTo:
      [
        .english: " (now {id})",
        .indonesian: " (sekarang {id})",
      ]
    case .nothingChanged:
      [
        .english: "nothing changed",
        .indonesian: "tidak ada yang berubah",
      ]
    case .fieldsChanged:
      [
        .english: "changed {fields}",
        .indonesian: "{fields} berubah",
      ]
    // MARK: remove-mou and confirmations
    case .removeMoUAbstract:
      [
        .english: "Remove a registered MoU; the previous version goes to the journal.",
        .indonesian: "Hapus nota kesepakatan yang tercatat; versi sebelumnya disimpan di jurnal.",
      ]
    case .removeMoUDiscussion:
      [
        .english:
          "On a terminal it asks first; elsewhere it needs --yes. An MoU with milestones or quick wins is refused. 'smartcity undo' puts it back.",
        .indonesian:
          "Di terminal perintah ini bertanya dahulu; di tempat lain perlu --yes. Nota kesepakatan yang memiliki tahapan atau quick win ditolak. 'smartcity undo' mengembalikannya.",
      ]
    case .removeMoUYes:
      [
        .english: "Do not ask; remove.",
        .indonesian: "Jangan bertanya; langsung hapus.",
      ]
    case .confirmRemove:
      [
        .english: "Remove {id} ({region}, {code}, signed {date})?",
        .indonesian: "Hapus {id} ({region}, {code}, ditandatangani {date})?",
      ]
    case .removed:
      [
        .english: "Removed {id}, signed {date}",
        .indonesian: "Dihapus {id}, ditandatangani {date}",
      ]
    case .wouldRemove:
      [
        .english: "Would remove {id}, signed {date}",
        .indonesian: "Akan dihapus {id}, ditandatangani {date}",
      ]
    case .undoPutsBack:
      [
        .english: "; 'smartcity undo' puts it back",
        .indonesian: "; 'smartcity undo' mengembalikannya",
      ]
    case .needsYes:
      [
        .english: "{command} changes the store and standard input is not a terminal; pass --yes to confirm",
        .indonesian: "{command} mengubah registri dan masukan standar bukan terminal; beri --yes untuk mengonfirmasi",
      ]
    case .cancelled:
      [
        .english: "cancelled; nothing was changed",
        .indonesian: "dibatalkan; tidak ada yang diubah",
      ]
    // MARK: undo
    case .undoAbstract:
      [
        .english: "Take back the last change to the store, from the journal.",
        .indonesian: "Batalkan perubahan terakhir pada registri, dari jurnal.",
      ]
    case .undoDiscussion:
      [
        .english:
          "Every write keeps the previous version of the files it changed in the store's .journal folder (the last {depth} writes). undo puts back the files of the newest one; run it again to go further back. --list shows the journal. On a terminal it asks first; elsewhere it needs --yes.",
        .indonesian:
          "Setiap penulisan menyimpan versi sebelumnya dari berkas yang diubahnya di folder .journal registri ({depth} penulisan terakhir). undo mengembalikan berkas dari penulisan terbaru; jalankan lagi untuk mundur lebih jauh. --list menampilkan jurnal. Di terminal perintah ini bertanya dahulu; di tempat lain perlu --yes.",
      ]
    case .undoList:
      [
        .english: "Show the writes that can be undone, newest first, and change nothing.",
        .indonesian: "Tampilkan penulisan yang dapat dibatalkan, terbaru lebih dahulu, tanpa mengubah apa pun.",
      ]
    case .undoYes:
      [
        .english: "Do not ask; undo.",
        .indonesian: "Jangan bertanya; langsung batalkan.",
      ]
    case .journalEmpty:
      [
        .english: "The journal is empty: nothing to undo.",
        .indonesian: "Jurnal kosong: tidak ada yang dapat dibatalkan.",
      ]
    case .confirmUndo:
      [
        .english: "Undo '{command}' of {time}?",
        .indonesian: "Batalkan '{command}' pada {time}?",
      ]
    case .undid:
      [
        .english: "Undid '{command}' ({time}): restored {files}",
        .indonesian: "Dibatalkan '{command}' ({time}): dipulihkan {files}",
      ]
    case .wouldUndo:
      [
        .english: "Would undo '{command}' ({time}): would restore {files}",
        .indonesian: "Akan dibatalkan '{command}' ({time}): akan dipulihkan {files}",
      ]
    // MARK: validate and describe
    case .validateAbstract:
      [
        .english: "Check the store: every record, every reference, and the checks across records.",
        .indonesian: "Periksa registri: setiap entri, setiap rujukan, dan pemeriksaan antarentri.",
      ]
    case .validateDiscussion:
      [
        .english:
          "Errors (a broken file, a bad field, a duplicate id, a dangling reference, two MoUs of a region in one cohort) make the store invalid: exit status 65. Warnings (a cohort whose registered members differ from its announced size, records without a source, an out-of-date datapackage.json) do not: exit status 0.",
        .indonesian:
          "Galat (berkas rusak, kolom salah, id ganda, rujukan yang tidak ada, dua nota kesepakatan satu daerah dalam satu angkatan) membuat registri tidak sah: status keluar 65. Peringatan (angkatan yang jumlah anggota tercatatnya berbeda dari yang diumumkan, entri tanpa sumber, datapackage.json yang usang) tidak: status keluar 0.",
      ]
    case .optionFormat:
      [
        .english: "Output format.",
        .indonesian: "Format keluaran.",
      ]
    case .severityError:
      [
        .english: "error",
        .indonesian: "galat",
      ]
    case .severityWarning:
      [
        .english: "warning",
        .indonesian: "peringatan",
      ]
    case .storeValid:
      [
        .english: "{store}: valid ({errors}, {warnings})",
        .indonesian: "{store}: sah ({errors}, {warnings})",
      ]
    case .storeInvalid:
      [
        .english: "{store}: invalid ({errors}, {warnings})",
        .indonesian: "{store}: tidak sah ({errors}, {warnings})",
      ]
    case .oneError:
      [
        .english: "1 error",
        .indonesian: "1 galat",
      ]
    case .errors:
      [
        .english: "{count} errors",
        .indonesian: "{count} galat",
      ]
    case .oneWarning:
      [
        .english: "1 warning",
        .indonesian: "1 peringatan",
      ]
    case .warnings:
      [
        .english: "{count} warnings",
        .indonesian: "{count} peringatan",
      ]
    case .notAValidStore:
      [
        .english: "{store} is not a valid store: {problem}",
        .indonesian: "{store} bukan registri yang sah: {problem}",
      ]
    case .describeAbstract:
      [
        .english: "Write datapackage.json and the JSON Schemas (schema/) into the store.",
        .indonesian: "Tulis datapackage.json dan JSON Schema (schema/) ke dalam registri.",
      ]
    case .describeDiscussion:
      [
        .english:
          "The Frictionless Data Package describes every collection file as a table with its fields, keys and references; the JSON Schemas (draft 2020-12) describe each file. Run it after upgrading smartcity; 'smartcity validate' warns when they are out of date.",
        .indonesian:
          "Frictionless Data Package menjelaskan setiap berkas koleksi sebagai tabel dengan kolom, kunci dan rujukannya; JSON Schema (draft 2020-12) menjelaskan tiap berkas. Jalankan setelah memperbarui smartcity; 'smartcity validate' memberi peringatan bila keduanya usang.",
      ]
    case .descriptionUpToDate:
      [
        .english: "The description is up to date.",
        .indonesian: "Deskripsi sudah mutakhir.",
      ]
    case .wroteFiles:
      [
        .english: "Wrote {files}",
        .indonesian: "Ditulis {files}",
      ]
    // MARK: init and completions
    case .initAbstract:
      [
        .english: "Create a new store holding the reference data and no MoUs.",
        .indonesian: "Buat registri baru berisi data rujukan tanpa nota kesepakatan.",
      ]
    case .initDiscussion:
      [
        .english:
          "The new store holds the 38 provinces and 514 kabupaten/kota (Kepmendagri 300.2.2-2138/2025), the six pillars and the cohorts; letters, ceremonies and MoUs are empty.",
        .indonesian:
          "Registri baru memuat 38 provinsi dan 514 kabupaten/kota (Kepmendagri 300.2.2-2138/2025), enam pilar dan angkatan-angkatan; surat penetapan, seremoni dan nota kesepakatan masih kosong.",
      ]
    case .initDirectory:
      [
        .english: "The folder to create; it must not exist or be empty.",
        .indonesian: "Folder yang dibuat; harus belum ada atau kosong.",
      ]
    case .createdStore:
      [
        .english:
          "Created a store in {folder}: {provinces} provinces, {regencies} regencies, {pillars} pillars, {cohorts} cohorts",
        .indonesian:
          "Registri dibuat di {folder}: {provinces} provinsi, {regencies} kabupaten/kota, {pillars} pilar, {cohorts} angkatan",
      ]
    case .completionsAbstract:
      [
        .english: "Print a shell completion script for bash, zsh or fish.",
        .indonesian: "Cetak skrip pelengkapan shell untuk bash, zsh atau fish.",
      ]
    case .completionsDiscussion:
      [
        .english:
          "bash: smartcity completions bash > ~/.local/share/bash-completion/completions/smartcity. zsh: smartcity completions zsh > ~/.zfunc/_smartcity, with fpath+=~/.zfunc before compinit in ~/.zshrc. fish: smartcity completions fish > ~/.config/fish/completions/smartcity.fish. The scripts complete commands, options (also as --option=value, and after --data or --lang), the values of options with a closed set, and from the store its cohorts, regions (by name or code), provinces, letters, record ids and fields: while you type they ask 'smartcity completions SHELL -- WORDS', which prints the candidates one per line.",
        .indonesian:
          "bash: smartcity completions bash > ~/.local/share/bash-completion/completions/smartcity. zsh: smartcity completions zsh > ~/.zfunc/_smartcity, dengan fpath+=~/.zfunc sebelum compinit di ~/.zshrc. fish: smartcity completions fish > ~/.config/fish/completions/smartcity.fish. Skrip ini melengkapi perintah, opsi (juga dalam bentuk --opsi=nilai, dan setelah --data atau --lang), nilai opsi yang pilihannya tertutup, serta dari registri: angkatan, daerah (menurut nama atau kode), provinsi, surat, id entri dan isiannya: selama Anda mengetik, skrip bertanya kepada 'smartcity completions SHELL -- KATA', yang mencetak kandidat satu per baris.",
      ]
    case .completionsShell:
      [
        .english: "The shell the script is for.",
        .indonesian: "Shell yang dituju skrip ini.",
      ]
    // MARK: show, import, regencies
    case .showAbstract:
      [
        .english: "Show everything the registry holds about one regency or city, with sources.",
        .indonesian: "Tampilkan semua yang dimuat registri tentang satu kabupaten/kota, dengan sumbernya.",
      ]
    case .importAbstract:
      [
        .english: "Register many records at once from a CSV file, all or nothing.",
        .indonesian: "Catat banyak entri sekaligus dari berkas CSV, semua atau tidak sama sekali.",
      ]
    case .importDiscussion:
      [
        .english:
          "The file has a header row naming its columns. For MoUs the columns are add-mou's options (regency, date, cohort, signatory, office, on-behalf-of, venue, mode, letter, scope, area, source, note) or the columns 'smartcity export --format csv' writes; 'smartcity export --format csv --collection letters' shows the columns of the other collections. Every row is checked first; if any is bad, each bad row is named with its line and nothing is written. Rows already in the store are skipped, so importing a file twice adds nothing. Comma or semicolon delimited, UTF-8 with or without a byte order mark.",
        .indonesian:
          "Berkas memiliki baris judul yang menamai kolomnya. Untuk nota kesepakatan, kolomnya adalah opsi add-mou (regency, date, cohort, signatory, office, on-behalf-of, venue, mode, letter, scope, area, source, note) atau kolom yang ditulis 'smartcity export --format csv'; 'smartcity export --format csv --collection letters' menampilkan kolom koleksi lain. Setiap baris diperiksa dahulu; bila ada yang salah, setiap baris yang salah disebut dengan nomor barisnya dan tidak ada yang ditulis. Baris yang sudah ada di registri dilewati, sehingga mengimpor berkas dua kali tidak menambah apa pun. Pemisah koma atau titik koma, UTF-8 dengan atau tanpa byte order mark.",
      ]
    case .importFile:
      [
        .english: "The CSV file, or - for standard input.",
        .indonesian: "Berkas CSV, atau - untuk masukan standar.",
      ]
    case .importCollection:
      [
        .english: "What the rows are.",
        .indonesian: "Jenis entri pada baris-barisnya.",
      ]
    case .standardInput:
      [
        .english: "standard input",
        .indonesian: "masukan standar",
      ]
    case .imported:
      [
        .english: "Imported {count} {collection} records from {file}",
        .indonesian: "Diimpor {count} entri {collection} dari {file}",
      ]
    case .importedOne:
      [
        .english: "Imported 1 {collection} record from {file}",
        .indonesian: "Diimpor 1 entri {collection} dari {file}",
      ]
    case .wouldImport:
      [
        .english: "Would import {count} {collection} records from {file}",
        .indonesian: "Akan diimpor {count} entri {collection} dari {file}",
      ]
    case .wouldImportOne:
      [
        .english: "Would import 1 {collection} record from {file}",
        .indonesian: "Akan diimpor 1 entri {collection} dari {file}",
      ]
    case .alreadyInStore:
      [
        .english: "; {count} already in the store",
        .indonesian: "; {count} sudah ada di registri",
      ]
    case .regenciesAbstract:
      [
        .english: "List the 514 kabupaten and kota with their Kemendagri codes, members or not.",
        .indonesian: "Daftar 514 kabupaten dan kota dengan kode Kemendagri-nya, anggota atau bukan.",
      ]
    case .regenciesSearch:
      [
        .english: "Only regions whose name or code contains this text.",
        .indonesian: "Hanya daerah yang nama atau kodenya memuat teks ini.",
      ]
    case .regenciesKind:
      [
        .english: "Only kabupaten or only kota.",
        .indonesian: "Hanya kabupaten atau hanya kota.",
      ]
    case .optionTableFormat:
      [
        .english: "Output format; piped output defaults to tab-separated rows.",
        .indonesian: "Format keluaran; keluaran yang disalurkan (pipe) bawaannya baris dipisah tab.",
      ]
    case .defaultTableFormat:
      [
        .english: "table on a terminal, else tsv",
        .indonesian: "table di terminal, selain itu tsv",
      ]
    // MARK: add-regency, add-letter, add-cohort
    case .addRegencyAbstract:
      [
        .english: "Add a regency or city that the store's reference list lacks.",
        .indonesian: "Tambahkan kabupaten/kota yang belum ada dalam daftar rujukan registri.",
      ]
    case .addRegencyDiscussion:
      [
        .english:
          "For a region created after Kepmendagri 300.2.2-2138/2025. The province and the kind (kabupaten 01-69, kota 71-99) follow from the code.",
        .indonesian:
          "Untuk daerah yang dibentuk setelah Kepmendagri 300.2.2-2138/2025. Provinsi dan jenisnya (kabupaten 01-69, kota 71-99) mengikuti kodenya.",
      ]
    case .addRegencyCode:
      [
        .english: "The Kemendagri code, e.g. 91.30.",
        .indonesian: "Kode Kemendagri, misalnya 91.30.",
      ]
    case .addRegencyName:
      [
        .english: "The name without 'Kabupaten' or 'Kota'.",
        .indonesian: "Nama tanpa 'Kabupaten' atau 'Kota'.",
      ]
    case .addRegencyOfficialName:
      [
        .english: "The name as Kemendagri writes it. (default: Kabupaten/Kota <name>)",
        .indonesian: "Nama sebagaimana ditulis Kemendagri. (bawaan: Kabupaten/Kota <name>)",
      ]
    case .addLetterAbstract:
      [
        .english: "Add a selection letter that named regions for a cohort.",
        .indonesian: "Tambahkan surat penetapan yang menyebut daerah-daerah untuk suatu angkatan.",
      ]
    case .addLetterNumber:
      [
        .english: "The letter's number, e.g. B-160/DJAI/AI.03.02/2024.",
        .indonesian: "Nomor surat, misalnya B-160/DJAI/AI.03.02/2024.",
      ]
    case .addLetterDate:
      [
        .english: "The letter's date.",
        .indonesian: "Tanggal surat.",
      ]
    case .addLetterCohort:
      [
        .english: "The cohort it selected for.",
        .indonesian: "Angkatan yang ditetapkannya.",
      ]
    case .addLetterIssuer:
      [
        .english: "Who signed it.",
        .indonesian: "Penanda tangan surat.",
      ]
    case .addLetterSubject:
      [
        .english: "Its subject (perihal).",
        .indonesian: "Perihal surat.",
      ]
    case .addLetterRegencies:
      [
        .english: "The regions it names: codes or names, separated by commas.",
        .indonesian: "Daerah yang disebutnya: kode atau nama, dipisahkan koma.",
      ]
    case .describeLetter:
      [
        .english: "letter {number} ({count} regions)",
        .indonesian: "surat {number} ({count} daerah)",
      ]
    case .addCohortAbstract:
      [
        .english: "Add a cohort: a new intake of the programme.",
        .indonesian: "Tambahkan angkatan: penerimaan peserta baru dalam program.",
      ]
    case .addCohortID:
      [
        .english: "The cohort's id, e.g. 2025.",
        .indonesian: "Id angkatan, misalnya 2025.",
      ]
    case .addCohortTitle:
      [
        .english: "Its name, e.g. \"Gerakan Menuju Smart City 2025\".",
        .indonesian: "Namanya, misalnya \"Gerakan Menuju Smart City 2025\".",
      ]
    case .addCohortYears:
      [
        .english: "The years its members sign in, separated by commas.",
        .indonesian: "Tahun-tahun anggotanya menandatangani, dipisahkan koma.",
      ]
    case .addCohortSize:
      [
        .english: "The number of members announced.",
        .indonesian: "Jumlah anggota yang diumumkan.",
      ]
    case .addCohortTrack:
      [
        .english: "The priority track, e.g. KPPN/IKN.",
        .indonesian: "Jalur prioritas, misalnya KPPN/IKN.",
      ]
    case .describeCohort:
      [
        .english: "cohort {id} ({count} announced)",
        .indonesian: "angkatan {id} ({count} diumumkan)",
      ]
    case .added:
      [
        .english: "Added {record} to {file}",
        .indonesian: "Ditambahkan {record} ke {file}",
      ]
    case .wouldAdd:
      [
        .english: "Would add {record} to {file}",
        .indonesian: "Akan ditambahkan {record} ke {file}",
      ]
    // MARK: show: a region's profile
    case .profileKindAndProvince:
      [
        .english: "Kind: {kind}; province: {province} ({code})",
        .indonesian: "Jenis: {kind}; provinsi: {province} ({code})",
      ]
    case .profileCodeSource:
      [
        .english: "Code source: {source}",
        .indonesian: "Sumber kode: {source}",
      ]
    case .profileNotInProgramme:
      [
        .english: "Not in the programme: no MoU or selection letter is registered for this region.",
        .indonesian: "Tidak dalam program: belum ada nota kesepakatan atau surat penetapan yang tercatat untuk daerah ini.",
      ]
    case .profileLetterHeading:
      [
        .english: "{date}  Selection letter {number}",
        .indonesian: "{date}  Surat penetapan {number}",
      ]
    case .profileLetterDate:
      [
        .english: "  Date: {date}; cohort {cohort}",
        .indonesian: "  Tanggal: {date}; angkatan {cohort}",
      ]
    case .profileIssuer:
      [
        .english: "  Issuer: {issuer}",
        .indonesian: "  Penerbit: {issuer}",
      ]
    case .profileSubject:
      [
        .english: "  Subject: {subject}",
        .indonesian: "  Perihal: {subject}",
      ]
    case .profileMoUHeading:
      [
        .english: "{date}  MoU {id}",
        .indonesian: "{date}  Nota kesepakatan {id}",
      ]
    case .profileMoUCohort:
      [
        .english: "  Cohort: {cohort}; signed {date}",
        .indonesian: "  Angkatan: {cohort}; ditandatangani {date}",
      ]
    case .profileMode:
      [
        .english: "  Mode: {mode}",
        .indonesian: "  Cara: {mode}",
      ]
    case .profileSignedFrom:
      [
        .english: "  Signed from: {venue}",
        .indonesian: "  Ditandatangani dari: {venue}",
      ]
    case .profileSignatory:
      [
        .english: "  Signatory: {person}",
        .indonesian: "  Penanda tangan: {person}",
      ]
    case .profileAccompaniedBy:
      [
        .english: "  Accompanied by: {person}",
        .indonesian: "  Didampingi: {person}",
      ]
    case .profileCounterpart:
      [
        .english: "  Counterpart: {person}",
        .indonesian: "  Pihak kementerian: {person}",
      ]
    case .profilePresidedBy:
      [
        .english: "  Presided by: {person}",
        .indonesian: "  Dipimpin oleh: {person}",
      ]
    case .profileCeremony:
      [
        .english: "  Ceremony: {id}, {mode}",
        .indonesian: "  Seremoni: {id}, {mode}",
      ]
    case .profileSignedThatDay:
      [
        .english: "; {count} regions signed that day",
        .indonesian: "; {count} daerah menandatangani pada hari itu",
      ]
    case .profileArea:
      [
        .english: "  Area: {area}",
        .indonesian: "  Kawasan: {area}",
      ]
    case .profileSelectionLetter:
      [
        .english: "  Selection letter: {number}",
        .indonesian: "  Surat penetapan: {number}",
      ]
    case .profileScope:
      [
        .english: "  Scope: {point}",
        .indonesian: "  Ruang lingkup: {point}",
      ]
    case .profileNote:
      [
        .english: "  Note: {note}",
        .indonesian: "  Catatan: {note}",
      ]
    case .profileStage:
      [
        .english: "  Stage: {stage} (steps reported after the signing: {count}; a step without a report is unknown, not undone)",
        .indonesian:
          "  Tahap: {stage} (tahapan yang diberitakan setelah penandatanganan: {count}; tahapan tanpa berita tidak diketahui, bukan berarti tidak terjadi)",
      ]
    case .profileMilestoneHeading:
      [
        .english: "{when}  {what} (cohort {cohort})",
        .indonesian: "{when}  {what} (angkatan {cohort})",
      ]
    case .profileRegulation:
      [
        .english: "  Regulation: {regulation}",
        .indonesian: "  Peraturan: {regulation}",
      ]
    case .profileQuickWinCohort:
      [
        .english: "cohort {cohort}",
        .indonesian: "angkatan {cohort}",
      ]
    case .profileFrom:
      [
        .english: "from {date}",
        .indonesian: "sejak {date}",
      ]
    case .profileUntil:
      [
        .english: " to {date}",
        .indonesian: " sampai {date}",
      ]
    case .profileUnconfirmed:
      [
        .english: "Unconfirmed: reported in cohort {cohort} ({confidence} confidence); not counted as a member",
        .indonesian:
          "Belum terkonfirmasi: diberitakan dalam angkatan {cohort} (keyakinan {confidence}); tidak dihitung sebagai anggota",
      ]
    case .profileEvidence:
      [
        .english: "    Evidence: {evidence}",
        .indonesian: "    Bukti: {evidence}",
      ]
    case .profileConfidence:
      [
        .english: "  Confidence: {confidence} ({count} sources from {independent} independent publishers)",
        .indonesian: "  Keyakinan: {confidence} ({count} sumber dari {independent} penerbit independen)",
      ]
    case .profileMoUNumber:
      [
        .english: "  MoU number: {number}",
        .indonesian: "  Nomor nota kesepakatan: {number}",
      ]
    case .profileSource:
      [
        .english: "  Source: {source}",
        .indonesian: "  Sumber: {source}",
      ]
    case .profileUnsourced:
      [
        .english: "  Source: (unsourced)",
        .indonesian: "  Sumber: (tanpa sumber)",
      ]
    case .profileQuickWins:
      [
        .english: "Quick wins by pillar",
        .indonesian: "Quick win menurut pilar",
      ]
    // MARK: export
    case .exportAbstract:
      [
        .english: "Write the registry as JSON, NDJSON, CSV, SQL, Markdown or a web page.",
        .indonesian: "Tulis registri sebagai JSON, NDJSON, CSV, SQL, Markdown atau halaman web.",
      ]
    case .exportDiscussion:
      [
        .english:
          "json writes every collection in one document (or one collection with --collection); ndjson and csv write one collection, the MoUs by default, one record per line or row (the CSV is what 'smartcity import' reads); sql writes a script that creates the tables with their keys and loads the data, for sqlite3 or psql; markdown writes the report and the participants as tables; html writes one self-contained page with charts. JSON, NDJSON, CSV and SQL are the same in every language; markdown and html follow --lang.",
        .indonesian:
          "json menulis semua koleksi dalam satu dokumen (atau satu koleksi dengan --collection); ndjson dan csv menulis satu koleksi, bawaannya nota kesepakatan, satu entri per baris (CSV-nya dapat dibaca 'smartcity import'); sql menulis skrip yang membuat tabel beserta kuncinya dan memuat datanya, untuk sqlite3 atau psql; markdown menulis laporan dan peserta sebagai tabel; html menulis satu halaman mandiri dengan grafik. JSON, NDJSON, CSV dan SQL sama dalam setiap bahasa; markdown dan html mengikuti --lang.",
      ]
    case .exportFormat:
      [
        .english: "What to write.",
        .indonesian: "Yang ditulis.",
      ]
    case .exportCollection:
      [
        .english: "With json, ndjson or csv: only this collection.",
        .indonesian: "Dengan json, ndjson atau csv: hanya koleksi ini.",
      ]
    case .defaultExportCollection:
      [
        .english: "every collection for json, else mous",
        .indonesian: "semua koleksi untuk json, selain itu mous",
      ]
    case .exportOutput:
      [
        .english: "Write to this file (replaced whole) instead of standard output.",
        .indonesian: "Tulis ke berkas ini (diganti seluruhnya), bukan ke keluaran standar.",
      ]
    case .exportBOM:
      [
        .english: "With csv: start with a UTF-8 byte order mark, for Excel.",
        .indonesian: "Dengan csv: awali dengan byte order mark UTF-8, untuk Excel.",
      ]
    case .exportDelimiter:
      [
        .english: "With csv: the field delimiter.",
        .indonesian: "Dengan csv: pemisah kolom.",
      ]
    case .wroteExport:
      [
        .english: "Wrote {file} ({format})",
        .indonesian: "Ditulis {file} ({format})",
      ]
    // MARK: The web page (export --format html)
    case .htmlTitle:
      [
        .english: "Gerakan Menuju Smart City: registry",
        .indonesian: "Gerakan Menuju Smart City: registri",
      ]
    case .htmlIntro:
      [
        .english:
          "{regions} of {total} kabupaten/kota in the programme, {mous} MoUs registered. Generated by smartcity on {date}.",
        .indonesian:
          "{regions} dari {total} kabupaten/kota dalam program, {mous} nota kesepakatan tercatat. Dibuat oleh smartcity pada {date}.",
      ]
    case .htmlChartHeading:
      [
        .english: "MoUs per year and regions in the programme",
        .indonesian: "Nota kesepakatan per tahun dan daerah dalam program",
      ]
    case .htmlCohortsHeading:
      [
        .english: "Cohorts: announced against registered",
        .indonesian: "Angkatan: diumumkan dibandingkan dengan tercatat",
      ]
    case .htmlParticipantsHeading:
      [
        .english: "Participants",
        .indonesian: "Peserta",
      ]
    case .htmlNoMoUs:
      [
        .english: "No MoUs registered.",
        .indonesian: "Belum ada nota kesepakatan yang tercatat.",
      ]
    case .htmlBarTitle:
      [
        .english: "{year}: {count} MoUs",
        .indonesian: "{year}: {count} nota kesepakatan",
      ]
    case .htmlPointTitle:
      [
        .english: "{year}: {count} regions in the programme",
        .indonesian: "{year}: {count} daerah dalam program",
      ]
    case .htmlLegendMoUs:
      [
        .english: "MoUs signed in the year",
        .indonesian: "Nota kesepakatan yang ditandatangani pada tahun itu",
      ]
    case .htmlLegendAnnounced:
      [
        .english: "Signings announced for the year",
        .indonesian: "Penandatanganan yang diumumkan untuk tahun itu",
      ]
    case .htmlLegendAnnouncedTotal:
      [
        .english: "Regions announced (cumulative)",
        .indonesian: "Daerah yang diumumkan (kumulatif)",
      ]
    case .htmlBarLabel:
      [
        .english: "{count} of {announced}",
        .indonesian: "{count} dari {announced}",
      ]
    case .htmlAnnouncedPointTitle:
      [
        .english: "{year}: {count} regions announced",
        .indonesian: "{year}: {count} daerah diumumkan",
      ]
    case .htmlHeadline:
      [
        .english:
          "The registry knows {registered} of the {announced} regions the programme announced by {year} ({share}%) and {mous} of {signings} announced signings. A registered count below an announced one means members not yet found in public sources, not members that left.",
        .indonesian:
          "Registri mengetahui {registered} dari {announced} daerah yang diumumkan program hingga {year} ({share}%) dan {mous} dari {signings} penandatanganan yang diumumkan. Angka tercatat di bawah angka yang diumumkan berarti anggota yang belum ditemukan di sumber publik, bukan anggota yang keluar.",
      ]
    case .recordWarning:
      [
        .english: "{id}: {warning}",
        .indonesian: "{id}: {warning}",
      ]
    case .stageCoverage:
      [
        .english: "{reached} reported of {known} known members of {announced}",
        .indonesian: "{reached} diberitakan dari {known} anggota yang diketahui dari {announced}",
      ]
    case .columnKnownMembers:
      [
        .english: "Known members",
        .indonesian: "Anggota diketahui",
      ]
    case .columnWithReports:
      [
        .english: "With any report",
        .indonesian: "Ada beritanya",
      ]
    case .columnReported:
      [
        .english: "Reported",
        .indonesian: "Diberitakan",
      ]
    case .funnelCaveat:
      [
        .english:
          "Cohort {cohort}: {withReports} of {known} known members ({announced} announced) have any step reported after the signing; a step without a report is unknown, not undone.",
        .indonesian:
          "Angkatan {cohort}: {withReports} dari {known} anggota yang diketahui ({announced} diumumkan) punya tahapan yang diberitakan setelah penandatanganan; tahapan tanpa berita tidak diketahui, bukan berarti tidak terjadi.",
      ]
    case .diffAdded:
      [
        .english: "added {record} {id}: {summary}",
        .indonesian: "ditambahkan {record} {id}: {summary}",
      ]
    case .diffRemoved:
      [
        .english: "removed {record} {id}: {summary}",
        .indonesian: "dihapus {record} {id}: {summary}",
      ]
    case .diffChanged:
      [
        .english: "changed {record} {id}: {changes}",
        .indonesian: "diubah {record} {id}: {changes}",
      ]
    case .diffField:
      [
        .english: "{field} {old} → {new}",
        .indonesian: "{field} {old} → {new}",
      ]
    case .diffAbsent:
      [
        .english: "(none)",
        .indonesian: "(tidak ada)",
      ]
    case .diffSummaryCohort:
      [
        .english: "cohort {cohort}",
        .indonesian: "angkatan {cohort}",
      ]
    case .diffSummarySigned:
      [
        .english: "signed {date}",
        .indonesian: "ditandatangani {date}",
      ]
    case .diffSummaryDated:
      [
        .english: "dated {date}",
        .indonesian: "bertanggal {date}",
      ]
    case .diffSummarySources:
      [
        .english: "{count} sources",
        .indonesian: "{count} sumber",
      ]
    case .diffSummaryOneSource:
      [
        .english: "1 source",
        .indonesian: "1 sumber",
      ]
    case .gitUnavailable:
      [
        .english: "cannot run git ({reason}); install git to use the store's history",
        .indonesian: "git tidak dapat dijalankan ({reason}); pasang git untuk memakai riwayat registri",
      ]
    case .gitFailed:
      [
        .english: "{command} failed: {message}",
        .indonesian: "{command} gagal: {message}",
      ]
    case .unknownRevision:
      [
        .english: "git knows no revision '{revision}'; give a commit, branch or tag (HEAD, main~1, v1.0), or a store folder",
        .indonesian:
          "git tidak mengenal revisi '{revision}'; berikan commit, cabang atau tag (HEAD, main~1, v1.0), atau folder registri",
      ]
    case .mergeConflictField:
      [
        .english:
          "{file} {id}: {field} changed on both sides: ours {ours}, theirs {theirs}; the store keeps ours until you choose and remove {conflictsFile}",
        .indonesian:
          "{file} {id}: {field} diubah di kedua sisi: milik kita {ours}, milik mereka {theirs}; registri menyimpan milik kita sampai Anda memilih dan menghapus {conflictsFile}",
      ]
    case .mergeConflictRemovedByUs:
      [
        .english:
          "{file} {id}: removed on our side, changed on theirs ({theirs}); the store keeps their record until you choose and remove {conflictsFile}",
        .indonesian:
          "{file} {id}: dihapus di sisi kita, diubah di sisi mereka ({theirs}); registri menyimpan entri mereka sampai Anda memilih dan menghapus {conflictsFile}",
      ]
    case .mergeConflictRemovedByThem:
      [
        .english:
          "{file} {id}: changed on our side ({ours}), removed on theirs; the store keeps our record until you choose and remove {conflictsFile}",
        .indonesian:
          "{file} {id}: diubah di sisi kita ({ours}), dihapus di sisi mereka; registri menyimpan entri kita sampai Anda memilih dan menghapus {conflictsFile}",
      ]
    case .recordProvince:
      [
        .english: "province",
        .indonesian: "provinsi",
      ]
    case .recordRegency:
      [
        .english: "region",
        .indonesian: "daerah",
      ]
    case .recordPillar:
      [
        .english: "pillar",
        .indonesian: "pilar",
      ]
    case .recordCohort:
      [
        .english: "cohort",
        .indonesian: "angkatan",
      ]
    case .recordLetter:
      [
        .english: "letter",
        .indonesian: "surat",
      ]
    case .recordCeremony:
      [
        .english: "ceremony",
        .indonesian: "seremoni",
      ]
    case .recordMoU:
      [
        .english: "MoU",
        .indonesian: "nota kesepakatan",
      ]
    case .recordTotal:
      [
        .english: "announced total",
        .indonesian: "total yang diumumkan",
      ]
    case .recordClaim:
      [
        .english: "unconfirmed claim",
        .indonesian: "klaim belum terkonfirmasi",
      ]
    case .recordMilestone:
      [
        .english: "milestone",
        .indonesian: "tahapan",
      ]
    case .recordQuickWin:
      [
        .english: "quick win",
        .indonesian: "quick win (hasil cepat)",
      ]
    case .diffAbstract:
      [
        .english: "Show the records added, removed and changed between two versions of the store.",
        .indonesian: "Tampilkan entri yang ditambahkan, dihapus dan diubah di antara dua versi registri.",
      ]
    case .diffDiscussion:
      [
        .english:
          "Each side is a store folder or a git revision of the store (HEAD~3, main, a tag); OLD defaults to HEAD and NEW to the store itself, so 'smartcity diff' shows what is not committed yet. Records are matched by id; a changed record lists each field that changed, old → new. Git's diff driver uses 'smartcity textconv' (set up by 'smartcity git-setup').",
        .indonesian:
          "Setiap sisi adalah folder registri atau revisi git dari registri (HEAD~3, main, sebuah tag); OLD bawaannya HEAD dan NEW registri itu sendiri, sehingga 'smartcity diff' menampilkan apa yang belum di-commit. Entri dicocokkan menurut id; entri yang diubah mencantumkan setiap kolom yang berubah, lama → baru. Driver diff git memakai 'smartcity textconv' (dipasang oleh 'smartcity git-setup').",
      ]
    case .diffOld:
      [
        .english: "The older version: a store folder or a git revision (default: HEAD).",
        .indonesian: "Versi lama: folder registri atau revisi git (bawaan: HEAD).",
      ]
    case .diffNew:
      [
        .english: "The newer version: a store folder or a git revision (default: the store).",
        .indonesian: "Versi baru: folder registri atau revisi git (bawaan: registri ini).",
      ]
    case .diffNoChanges:
      [
        .english: "No records differ.",
        .indonesian: "Tidak ada entri yang berbeda.",
      ]
    case .logAbstract:
      [
        .english: "Show every commit that changed a region's records, or one record.",
        .indonesian: "Tampilkan setiap commit yang mengubah entri suatu daerah, atau satu entri.",
      ]
    case .logDiscussion:
      [
        .english:
          "Give a region (a code or a name: every record naming it) or a record's id (an MoU, a milestone, a letter number). Each commit that changed them is shown with its date, author and message, and what changed, newest first. Needs the store in a git repository.",
        .indonesian:
          "Berikan daerah (kode atau nama: setiap entri yang menyebutnya) atau id entri (nota kesepakatan, tahapan, nomor surat). Setiap commit yang mengubahnya ditampilkan dengan tanggal, penulis dan pesannya, serta apa yang berubah, dari yang terbaru. Registri harus berada di repositori git.",
      ]
    case .logTarget:
      [
        .english: "A region (code or name) or a record's id.",
        .indonesian: "Daerah (kode atau nama) atau id entri.",
      ]
    case .logNothing:
      [
        .english: "No commit changed the records of '{target}'.",
        .indonesian: "Tidak ada commit yang mengubah entri '{target}'.",
      ]
    case .textconvAbstract:
      [
        .english: "Print a collection file as one line per record, for git's diff driver.",
        .indonesian: "Cetak berkas koleksi sebagai satu baris per entri, untuk driver diff git.",
      ]
    case .textconvDiscussion:
      [
        .english:
          "Git runs it for 'git diff' and 'git log -p' once 'smartcity git-setup' has set diff.smartcity.textconv: each record is a line of its id and its fields, so a diff shows the records that changed. A file that is not a collection is printed as it is.",
        .indonesian:
          "Git menjalankannya untuk 'git diff' dan 'git log -p' setelah 'smartcity git-setup' mengatur diff.smartcity.textconv: setiap entri adalah satu baris berisi id dan kolomnya, sehingga diff menampilkan entri yang berubah. Berkas yang bukan koleksi dicetak apa adanya.",
      ]
    case .textconvFile:
      [
        .english: "The file to convert (git passes it).",
        .indonesian: "Berkas yang dikonversi (diberikan oleh git).",
      ]
    case .mergeDriverAbstract:
      [
        .english: "Merge two versions of a store file record by record (git's merge driver).",
        .indonesian: "Gabungkan dua versi berkas registri entri demi entri (driver merge git).",
      ]
    case .mergeDriverDiscussion:
      [
        .english:
          "Git runs it as 'smartcity merge-driver %O %A %B %P' once 'smartcity git-setup' has set it up. Records added on both sides land; a record changed on one side takes that change; a field changed differently on both sides is a conflict: the file keeps ours, conflicts.json beside it lists theirs, 'validate' names each, and the exit status is 1 so that git reports the conflict. The result is in the store's canonical form.",
        .indonesian:
          "Git menjalankannya sebagai 'smartcity merge-driver %O %A %B %P' setelah dipasang oleh 'smartcity git-setup'. Entri yang ditambahkan di kedua sisi masuk; entri yang diubah di satu sisi mengambil perubahan itu; kolom yang diubah berbeda di kedua sisi adalah konflik: berkas menyimpan milik kita, conflicts.json di sebelahnya mencatat milik mereka, 'validate' menyebut masing-masing, dan status keluarnya 1 agar git melaporkan konflik. Hasilnya dalam bentuk kanonik registri.",
      ]
    case .mergeDriverBase:
      [
        .english: "The common ancestor's version (%O).",
        .indonesian: "Versi leluhur bersama (%O).",
      ]
    case .mergeDriverOurs:
      [
        .english: "Our version (%A); the merged file is written here.",
        .indonesian: "Versi kita (%A); berkas hasil gabungan ditulis di sini.",
      ]
    case .mergeDriverTheirs:
      [
        .english: "Their version (%B).",
        .indonesian: "Versi mereka (%B).",
      ]
    case .mergeDriverPath:
      [
        .english: "The file's path in the repository (%P).",
        .indonesian: "Jalur berkas di repositori (%P).",
      ]
    case .mergeTextConflict:
      [
        .english: "{path}: both sides changed the same lines; the file has git's conflict markers",
        .indonesian: "{path}: kedua sisi mengubah baris yang sama; berkas berisi penanda konflik git",
      ]
    case .mergeConflicts:
      [
        .english: "{path}: {count} conflicting changes, listed in {file}; the store keeps ours until you choose",
        .indonesian:
          "{path}: {count} perubahan yang bertentangan, dicatat di {file}; registri menyimpan milik kita sampai Anda memilih",
      ]
    case .gitSetupAbstract:
      [
        .english: "Make git merge and diff the store record by record.",
        .indonesian: "Buat git menggabungkan dan membandingkan registri entri demi entri.",
      ]
    case .gitSetupDiscussion:
      [
        .english:
          "Adds the store's files to .gitattributes with merge=smartcity and diff=smartcity, and sets merge.smartcity.driver and diff.smartcity.textconv in the repository's git config to this smartcity binary. With --hooks it also installs a pre-commit hook that runs 'smartcity validate' on the staged store. Run it once in each clone; it says what it did.",
        .indonesian:
          "Menambahkan berkas registri ke .gitattributes dengan merge=smartcity dan diff=smartcity, dan mengatur merge.smartcity.driver dan diff.smartcity.textconv di konfigurasi git repositori ke biner smartcity ini. Dengan --hooks juga memasang hook pre-commit yang menjalankan 'smartcity validate' pada registri yang di-stage. Jalankan sekali di setiap klon; perintah ini menyebutkan apa yang dilakukannya.",
      ]
    case .gitSetupHooks:
      [
        .english: "Also install a pre-commit hook that validates the staged store.",
        .indonesian: "Pasang juga hook pre-commit yang memvalidasi registri yang di-stage.",
      ]
    case .gitSetupAttributesKept:
      [
        .english: "{file} already has: {line}",
        .indonesian: "{file} sudah berisi: {line}",
      ]
    case .gitSetupAttributesWritten:
      [
        .english: "Added to {file}: {line}",
        .indonesian: "Ditambahkan ke {file}: {line}",
      ]
    case .gitSetupConfigured:
      [
        .english: "Set git config {key} = {value}",
        .indonesian: "Mengatur git config {key} = {value}",
      ]
    case .gitSetupHookExists:
      [
        .english: "{path} is a hook of another tool; add 'smartcity validate --at :' to it yourself",
        .indonesian: "{path} adalah hook alat lain; tambahkan sendiri 'smartcity validate --at :' ke dalamnya",
      ]
    case .gitSetupHookWritten:
      [
        .english: "Wrote the pre-commit hook {path}: a commit whose staged store does not validate is refused",
        .indonesian: "Menulis hook pre-commit {path}: commit yang registri stage-nya tidak valid ditolak",
      ]
    case .validateAt:
      [
        .english: "Validate the store as a git revision holds it; ':' is the staged index (the pre-commit hook's check).",
        .indonesian:
          "Validasi registri sebagaimana tersimpan di revisi git; ':' adalah indeks stage (pemeriksaan hook pre-commit).",
      ]
    case .changedSinceWrite:
      [
        .english:
          "{file} has changed since '{command}' wrote it (a git pull, merge or checkout, or an editor); undo would lose those changes and is refused; go back with git (git checkout, git revert) or correct the record",
        .indonesian:
          "{file} telah berubah sejak '{command}' menulisnya (git pull, merge atau checkout, atau editor); undo akan menghilangkan perubahan itu sehingga ditolak; kembalilah dengan git (git checkout, git revert) atau koreksi entrinya",
      ]
    case .mapAbstract:
      [
        .english: "Draw the members on a map of Indonesia, as a standalone SVG.",
        .indonesian: "Gambar anggota pada peta Indonesia, sebagai SVG mandiri.",
      ]
    case .mapDiscussion:
      [
        .english:
          "Every kabupaten/kota is drawn from simplified Kemendagri-coded boundaries; members are coloured by their first cohort (colours safe for colour-blind readers; --by confidence colours by the strength of their evidence), regions only named in a selection letter and non-members stay light, province borders are drawn over them, and the boundaries' attribution is printed under the map. Hovering over a region shows its name, cohorts and dates. Takes the same filters as 'list'; --province draws that province alone.",
        .indonesian:
          "Setiap kabupaten/kota digambar dari batas wilayah berkode Kemendagri yang disederhanakan; anggota diwarnai menurut angkatan pertamanya (warna yang aman bagi pembaca buta warna; --by confidence mewarnai menurut kekuatan buktinya), daerah yang hanya disebut dalam surat penetapan dan bukan anggota tetap pucat, batas provinsi digambar di atasnya, dan atribusi batas wilayah dicetak di bawah peta. Mengarahkan penunjuk ke suatu daerah menampilkan nama, angkatan dan tanggalnya. Menerima filter yang sama dengan 'list'; --province hanya menggambar provinsi itu.",
      ]
    case .mapProvince:
      [
        .english: "Only this province (a code or a name), drawn alone.",
        .indonesian: "Hanya provinsi ini (kode atau nama), digambar tersendiri.",
      ]
    case .mapBy:
      [
        .english: "What the colours show.",
        .indonesian: "Apa yang ditunjukkan warnanya.",
      ]
    case .mapOutput:
      [
        .english: "Write the SVG to this file (replaced whole) instead of standard output.",
        .indonesian: "Tulis SVG ke berkas ini (diganti seluruhnya) alih-alih ke keluaran standar.",
      ]
    case .mapTitle:
      [
        .english: "Map of Indonesia: {regions} of {total} kabupaten/kota in the Smart City programme",
        .indonesian: "Peta Indonesia: {regions} dari {total} kabupaten/kota dalam program Smart City",
      ]
    case .mapMembershipSigned:
      [
        .english: "cohort {cohort}, signed {date}",
        .indonesian: "angkatan {cohort}, ditandatangani {date}",
      ]
    case .mapMembershipSelected:
      [
        .english: "cohort {cohort}, named in a selection letter, no MoU recorded",
        .indonesian: "angkatan {cohort}, disebut dalam surat penetapan, belum ada nota kesepakatan tercatat",
      ]
    case .mapNotAMember:
      [
        .english: "not a member",
        .indonesian: "bukan anggota",
      ]
    case .mapLegendCohort:
      [
        .english: "Cohort {cohort}",
        .indonesian: "Angkatan {cohort}",
      ]
    case .mapLegendHigh:
      [
        .english: "High confidence",
        .indonesian: "Keyakinan tinggi",
      ]
    case .mapLegendMedium:
      [
        .english: "Medium confidence",
        .indonesian: "Keyakinan sedang",
      ]
    case .mapLegendUnrated:
      [
        .english: "Confidence not rated",
        .indonesian: "Keyakinan belum dinilai",
      ]
    case .mapLegendSelected:
      [
        .english: "Named in a letter, no MoU recorded",
        .indonesian: "Disebut dalam surat, belum ada nota kesepakatan",
      ]
    case .mapLegendNotAMember:
      [
        .english: "Not a member",
        .indonesian: "Bukan anggota",
      ]
    case .siteIntro:
      [
        .english: "{regions} of {total} kabupaten/kota in the programme, {mous} MoUs registered.",
        .indonesian: "{regions} dari {total} kabupaten/kota dalam program, {mous} nota kesepakatan tercatat.",
      ]
    case .siteSkip:
      [
        .english: "Skip to the content",
        .indonesian: "Langsung ke isi",
      ]
    case .siteNavigation:
      [
        .english: "Site",
        .indonesian: "Situs",
      ]
    case .siteHome:
      [
        .english: "Home",
        .indonesian: "Beranda",
      ]
    case .siteRegions:
      [
        .english: "All regions",
        .indonesian: "Semua daerah",
      ]
    case .siteAbout:
      [
        .english: "About the data",
        .indonesian: "Tentang data",
      ]
    case .siteData:
      [
        .english: "Download",
        .indonesian: "Unduh",
      ]
    case .siteOtherLanguage:
      [
        .english: "Bahasa Indonesia",
        .indonesian: "English",
      ]
    case .siteFooter:
      [
        .english:
          "Every record cites its sources; where the registry knows nothing, it says so. Made with smartcity from the registry's files.",
        .indonesian:
          "Setiap entri menyebut sumbernya; bila registri tidak mengetahui sesuatu, ia mengatakannya. Dibuat dengan smartcity dari berkas registri.",
      ]
    case .sitePhase:
      [
        .english: "Cohort {cohort}, phase {phase}",
        .indonesian: "Angkatan {cohort}, fase {phase}",
      ]
    case .siteSearchLabel:
      [
        .english: "Find a region",
        .indonesian: "Cari daerah",
      ]
    case .siteSearchButton:
      [
        .english: "Search",
        .indonesian: "Cari",
      ]
    case .siteMapHeading:
      [
        .english: "Members on the map",
        .indonesian: "Anggota di peta",
      ]
    case .siteProvinces:
      [
        .english: "Provinces: members of all regions",
        .indonesian: "Provinsi: anggota dari semua daerah",
      ]
    case .siteRegionsHeading:
      [
        .english: "The 514 kabupaten and kota",
        .indonesian: "514 kabupaten dan kota",
      ]
    case .siteRegionsIntro:
      [
        .english: "Every region with its cohorts and first signing; a click on a heading sorts by it.",
        .indonesian: "Setiap daerah dengan angkatan dan penandatanganan pertamanya; klik judul kolom untuk mengurutkan.",
      ]
    case .siteFilterLabel:
      [
        .english: "Filter",
        .indonesian: "Saring",
      ]
    case .siteCeremonies:
      [
        .english: "Signing ceremonies",
        .indonesian: "Seremoni penandatanganan",
      ]
    case .siteLetters:
      [
        .english: "Selection letters",
        .indonesian: "Surat penetapan",
      ]
    case .siteMembers:
      [
        .english: "Members",
        .indonesian: "Anggota",
      ]
    case .siteNamedInLetter:
      [
        .english: "named in a letter, no MoU recorded",
        .indonesian: "disebut dalam surat, belum ada nota kesepakatan",
      ]
    case .siteProvinceSummary:
      [
        .english: "{members} of its {total} kabupaten/kota are in the programme.",
        .indonesian: "{members} dari {total} kabupaten/kota-nya ada dalam program.",
      ]
    case .siteCeremony:
      [
        .english: "Ceremony",
        .indonesian: "Seremoni",
      ]
    case .siteMode:
      [
        .english: "Mode",
        .indonesian: "Cara",
      ]
    case .siteVenue:
      [
        .english: "Signed from",
        .indonesian: "Ditandatangani di",
      ]
    case .siteSignatory:
      [
        .english: "Signed by",
        .indonesian: "Ditandatangani oleh",
      ]
    case .siteAccompaniedBy:
      [
        .english: "Accompanied by",
        .indonesian: "Didampingi oleh",
      ]
    case .siteCounterpart:
      [
        .english: "For the ministry",
        .indonesian: "Untuk kementerian",
      ]
    case .sitePresidedBy:
      [
        .english: "Presided by",
        .indonesian: "Dipimpin oleh",
      ]
    case .siteMoUNumber:
      [
        .english: "MoU number",
        .indonesian: "Nomor nota kesepakatan",
      ]
    case .siteScope:
      [
        .english: "Scope",
        .indonesian: "Ruang lingkup",
      ]
    case .siteArea:
      [
        .english: "Area",
        .indonesian: "Kawasan",
      ]
    case .siteNotAMember:
      [
        .english: "Not a member: no MoU and no selection letter of this region is recorded.",
        .indonesian: "Bukan anggota: tidak ada nota kesepakatan maupun surat penetapan daerah ini yang tercatat.",
      ]
    case .siteMemberOf:
      [
        .english: "Member of cohort {cohorts}.",
        .indonesian: "Anggota angkatan {cohorts}.",
      ]
    case .siteTimeline:
      [
        .english: "Timeline, with sources",
        .indonesian: "Linimasa, dengan sumber",
      ]
    case .siteClaims:
      [
        .english: "Reports too weak to count",
        .indonesian: "Laporan yang terlalu lemah untuk dihitung",
      ]
    case .siteAboutData:
      [
        .english:
          "The registry is kept as plain JSON files; every record cites its sources with what they state. The region codes and names are Kemendagri's. The files below are the whole registry, as JSON and as CSV for spreadsheets, with their description (a Frictionless Data Package).",
        .indonesian:
          "Registri disimpan sebagai berkas JSON biasa; setiap entri menyebut sumbernya beserta isinya. Kode dan nama daerah mengikuti Kemendagri. Berkas di bawah ini adalah seluruh registri, sebagai JSON dan CSV untuk spreadsheet, dengan deskripsinya (Frictionless Data Package).",
      ]
    case .siteBoundaries:
      [
        .english: "Boundaries on the maps",
        .indonesian: "Batas wilayah pada peta",
      ]
    case .profileLetterCohort:
      [
        .english: "Selected for cohort {cohort}",
        .indonesian: "Ditetapkan untuk angkatan {cohort}",
      ]
    case .siteNeedsOutput:
      [
        .english: "a site is a folder of pages: give it with --output DIR",
        .indonesian: "situs adalah folder halaman: berikan dengan --output DIR",
      ]
    case .wroteSite:
      [
        .english: "Wrote the site to {folder} ({count} files); open {folder}/index.html",
        .indonesian: "Situs ditulis ke {folder} ({count} berkas); buka {folder}/index.html",
      ]
    case .siteFolderNotOurs:
      [
        .english: "{folder} holds files that are not a site of this tool; give an empty or new folder",
        .indonesian: "{folder} berisi berkas yang bukan situs alat ini; berikan folder kosong atau baru",
      ]
    case .dateWrongWeekday:
      [
        .english: "{date} was a {weekday}, not a {given}",
        .indonesian: "{date} jatuh pada hari {weekday}, bukan {given}",
      ]
    case .dateYearFirst:
      [
        .english: "a year-first date is written as ISO writes it, with hyphens and a two-digit month and day: {suggestion}",
        .indonesian:
          "tanggal yang diawali tahun ditulis seperti ISO, dengan tanda hubung dan bulan serta hari dua angka: {suggestion}",
      ]
    case .weekdayMonday:
      [
        .english: "Monday",
        .indonesian: "Senin",
      ]
    case .weekdayTuesday:
      [
        .english: "Tuesday",
        .indonesian: "Selasa",
      ]
    case .weekdayWednesday:
      [
        .english: "Wednesday",
        .indonesian: "Rabu",
      ]
    case .weekdayThursday:
      [
        .english: "Thursday",
        .indonesian: "Kamis",
      ]
    case .weekdayFriday:
      [
        .english: "Friday",
        .indonesian: "Jumat",
      ]
    case .weekdaySaturday:
      [
        .english: "Saturday",
        .indonesian: "Sabtu",
      ]
    case .weekdaySunday:
      [
        .english: "Sunday",
        .indonesian: "Minggu",
      ]
    case .sourceNotAnAddress:
      [
        .english:
          "a source is the web address of what states the fact (https://…, or example.org/page); put other words in --note",
        .indonesian:
          "sumber adalah alamat web yang memuat fakta itu (https://…, atau example.org/halaman); tulis keterangan lain di --note",
      ]
    case .sourceGivenTwice:
      [
        .english: "this address is given twice; give each source once",
        .indonesian: "alamat ini diberikan dua kali; berikan setiap sumber sekali saja",
      ]
    case .sourceAlreadyCited:
      [
        .english: "{id} already cites {url}",
        .indonesian: "{id} sudah menyebut {url}",
      ]
    case .cohortOverfull:
      [
        .english:
          "cohort {cohort} now has {registered} members, more than the {announced} announced; check the cohort, or record why in the cohort's note",
        .indonesian:
          "angkatan {cohort} kini memiliki {registered} anggota, lebih dari {announced} yang diumumkan; periksa angkatannya, atau catat alasannya di catatan angkatan",
      ]
    case .csvUnnamedColumnWithValues:
      [
        .english: "column {position} has no header but holds values; name it, or delete it",
        .indonesian: "kolom {position} tidak berjudul tetapi berisi nilai; beri judul, atau hapus",
      ]
    case .importFirst:
      [
        .english:
          "rows name records the store does not hold yet: import the {collections} first (smartcity import --collection NAME FILE)",
        .indonesian:
          "baris menyebut entri yang belum ada di registri: impor {collections} terlebih dahulu (smartcity import --collection NAMA BERKAS)",
      ]
    case .unknownRecord:
      [
        .english: "no record has the id '{id}'; 'smartcity show REGION --format json' shows a region's records with their ids",
        .indonesian:
          "tidak ada entri dengan id '{id}'; 'smartcity show DAERAH --format json' menampilkan entri suatu daerah beserta id-nya",
      ]
    case .removeAbstract:
      [
        .english: "Remove any record by its id; the previous version goes to the journal.",
        .indonesian: "Hapus entri apa pun menurut id-nya; versi sebelumnya masuk ke jurnal.",
      ]
    case .removeDiscussion:
      [
        .english:
          "For a milestone, quick win, unconfirmed claim, announced total, letter, ceremony, cohort or region entered by mistake. A record others still name (a ceremony its MoUs joined, a cohort with members, an MoU with milestones) is refused. On a terminal it asks first; elsewhere it needs --yes. 'smartcity undo' puts it back.",
        .indonesian:
          "Untuk tahapan, quick win, klaim belum terkonfirmasi, total yang diumumkan, surat, seremoni, angkatan atau daerah yang keliru dimasukkan. Entri yang masih disebut entri lain (seremoni yang diikuti nota kesepakatan, angkatan yang beranggota, nota kesepakatan dengan tahapan) ditolak. Di terminal perintah ini bertanya dulu; di tempat lain memerlukan --yes. 'smartcity undo' mengembalikannya.",
      ]
    case .removeID:
      [
        .english: "The record's id, e.g. milestone-2021-53.19-bimtek-1-2021-06-21.",
        .indonesian: "Id entri, misalnya milestone-2021-53.19-bimtek-1-2021-06-21.",
      ]
    case .confirmRemoveRecord:
      [
        .english: "Remove {record} {id}?",
        .indonesian: "Hapus {record} {id}?",
      ]
    case .removedRecord:
      [
        .english: "Removed {record} {id}",
        .indonesian: "Dihapus {record} {id}",
      ]
    case .wouldRemoveRecord:
      [
        .english: "Would remove {record} {id}",
        .indonesian: "Akan dihapus {record} {id}",
      ]
    case .fieldHasParts:
      [
        .english: "names several fields; give one of: {parts}",
        .indonesian: "mencakup beberapa isian; berikan salah satu: {parts}",
      ]
    case .fieldGivenTwice:
      [
        .english: "given twice; give each field once",
        .indonesian: "diberikan dua kali; berikan setiap isian sekali saja",
      ]
    case .idMadeFromFields:
      [
        .english: "is made from the record's other fields; change those and the id follows",
        .indonesian: "dibentuk dari isian lain entri itu; ubah isian tersebut dan id akan mengikuti",
      ]
    case .setAndCleared:
      [
        .english: "both given a value and emptied; do one or the other",
        .indonesian: "diberi nilai sekaligus dikosongkan; lakukan salah satu saja",
      ]
    case .requiredNotCleared:
      [
        .english: "every record of its kind needs it; give it another value instead of emptying it",
        .indonesian: "setiap entri sejenis memerlukannya; berikan nilai lain alih-alih mengosongkannya",
      ]
    case .noSourcesField:
      [
        .english: "records of {collection} cite no sources",
        .indonesian: "entri {collection} tidak mencantumkan sumber",
      ]
    case .notAFieldOf:
      [
        .english: "not a field of {collection}; use one of: {fields}",
        .indonesian: "bukan isian {collection}; gunakan salah satu dari: {fields}",
      ]
    case .editAbstract:
      [
        .english: "Correct any record by its id, field by field; the previous version goes to the journal.",
        .indonesian: "Perbaiki entri apa pun menurut id-nya, isian demi isian; versi sebelumnya masuk ke jurnal.",
      ]
    case .editDiscussion:
      [
        .english:
          "Fields are named as their CSV columns (signed_on), JSON keys (signedOn) or the import's aliases (tanggal), and values are read as import reads a cell: a region by name or code, a date as the press prints it, a list separated by commas. The corrected record is checked as a new one would be. A record whose id is made from its fields (an MoU, milestone, quick win, claim or announced total) takes the new id; a record others name keeps its id, or the edit is refused naming them. 'smartcity undo' takes it back.",
        .indonesian:
          "Isian disebut dengan nama kolom CSV-nya (signed_on), kunci JSON-nya (signedOn) atau alias impor (tanggal), dan nilainya dibaca seperti impor membaca sel: daerah menurut nama atau kode, tanggal seperti dicetak media, daftar dipisahkan koma. Entri yang diperbaiki diperiksa seperti entri baru. Entri yang id-nya dibentuk dari isiannya (nota kesepakatan, tahapan, quick win, klaim atau total yang diumumkan) mendapat id baru; entri yang disebut entri lain tetap ber-id sama, atau perubahan ditolak dengan menyebut entri itu. 'smartcity undo' membatalkannya.",
      ]
    case .optionSetField:
      [
        .english: "A field and its value, FIELD=VALUE (e.g. date=2024-06-12); repeat for more fields.",
        .indonesian: "Isian dan nilainya, ISIAN=NILAI (misalnya date=2024-06-12); ulangi untuk isian lain.",
      ]
    case .optionClearField:
      [
        .english: "A field to empty (several separated by commas, or repeat).",
        .indonesian: "Isian yang dikosongkan (beberapa dipisahkan koma, atau ulangi).",
      ]
    case .optionAddSource:
      [
        .english: "One more source the record cites: a web address; repeat for more.",
        .indonesian: "Satu sumber tambahan yang dikutip entri: alamat web; ulangi untuk sumber lain.",
      ]
    case .addAbstract:
      [
        .english: "Add a record of any kind, field by field, as one row of an import.",
        .indonesian: "Tambahkan entri jenis apa pun, isian demi isian, seperti satu baris impor.",
      ]
    case .addDiscussion:
      [
        .english:
          "For ceremonies, unconfirmed claims, announced totals and any other collection. Fields and values are read as 'smartcity edit' reads them; a field the collection lacks is refused with the list of its fields (Data/schema/ describes each). The record is checked as import checks a row.",
        .indonesian:
          "Untuk seremoni, klaim belum terkonfirmasi, total yang diumumkan dan koleksi lain. Isian dan nilainya dibaca seperti 'smartcity edit' membacanya; isian yang tidak dimiliki koleksi itu ditolak dengan daftar isiannya (Data/schema/ menjelaskan masing-masing). Entri diperiksa seperti impor memeriksa satu baris.",
      ]
    case .addCollection:
      [
        .english: "The collection the record joins.",
        .indonesian: "Koleksi tempat entri ini masuk.",
      ]
    case .addedRecord:
      [
        .english: "Added {record} {id}",
        .indonesian: "Ditambahkan {record} {id}",
      ]
    case .wouldAddRecord:
      [
        .english: "Would add {record} {id}",
        .indonesian: "Akan ditambahkan {record} {id}",
      ]
    case .expectedFieldValue:
      [
        .english: "expected FIELD=VALUE, e.g. date=2024-06-12",
        .indonesian: "seharusnya ISIAN=NILAI, misalnya date=2024-06-12",
      ]
    case .csvSourceNotAnAddress:
      [
        .english:
          "'{text}' is not a web address (https://…, or example.org/page); a citation without one is written as JSON: [{\"title\": \"…\", \"publisher\": \"…\"}]",
        .indonesian:
          "'{text}' bukan alamat web (https://…, atau example.org/halaman); kutipan tanpa alamat ditulis sebagai JSON: [{\"title\": \"…\", \"publisher\": \"…\"}]",
      ]
    case .completionsWords:
      [
        .english: "After --, the words typed so far (the last one being completed): prints the candidates instead of the script.",
        .indonesian:
          "Setelah --, kata-kata yang sudah diketik (yang terakhir sedang dilengkapi): mencetak kandidat, bukan skrip.",
      ]
    case .notRecorded:
      [
        .english: "not recorded",
        .indonesian: "tidak tercatat",
      ]
    case .htmlLegendRegions:
      [
        .english: "Regions in the programme (cumulative)",
        .indonesian: "Daerah dalam program (kumulatif)",
      ]
    case .htmlUnsourced:
      [
        .english: "unsourced",
        .indonesian: "tanpa sumber",
      ]
    case .columnSources:
      [
        .english: "Sources",
        .indonesian: "Sumber",
      ]
    }
  }
}
