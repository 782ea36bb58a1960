export {cohensKappa} from './code/agreement/cohens-kappa.js'
export {krippendorffAlpha} from './code/agreement/krippendorff-alpha.js'
export {type MeasureAgreementOptions, measureAgreement} from './code/agreement/measure-agreement.js'
export {percentAgreement} from './code/agreement/percent-agreement.js'
export {type CodeContributionsOptions, codeContributions} from './code/code-contributions.js'
export {type CompiledPattern, compilePattern} from './code/codebook/compile-pattern.js'
export {
  type LoadCodebookOptions,
  type LoadCodebookResult,
  loadCodebook
} from './code/codebook/load-codebook.js'
export {type Audience, renderInstructions} from './code/codebook/render-instructions.js'
export {hasCertainty, uncertaintyOf} from './code/coders/certainty.js'
export type {CodeContext, Coder, Resample} from './code/coders/coder.js'
export type {CoderFactory, CoderOption} from './code/coders/coder-factory.js'
export {builtInCoders} from './code/coders/coders.js'
export {crossCheck} from './code/coders/cross-check.js'
export {answerJsonSchema, type DimensionAnswer} from './code/coders/llm/answer.js'
export type {DocumentText, Segment} from './code/coders/llm/document-text.js'
export {createLlmCoder, type LlmCoderOptions, llmCoderVersion} from './code/coders/llm/llm-coder.js'
export {
  type AnswerStore,
  type RecordedExchange,
  readBatchOutput
} from './code/coders/llm/recorded.js'
export {
  type ChatMessage,
  type ChatRequest,
  type LlmRequest,
  promptVersion,
  type RequestSettings,
  type ResponseFormat,
  systemPrompt
} from './code/coders/llm/requests.js'
export type {Transport, TransportOptions} from './code/coders/llm/transport.js'
export {resolveCoder} from './code/coders/resolve-coder.js'
export {type CodePositionsOptions, codePositions} from './code/coders/rules/code-positions.js'
export {ruleCoder} from './code/coders/rules/rule-coder.js'
export {createTrainedCoder, type TrainedCoder} from './code/coders/trained/create-trained-coder.js'
export {type TrainCoderOptions, trainCoder} from './code/coders/trained/train-coder.js'
export {mapConcurrently} from './code/map-concurrently.js'
export {toEvidenceRows} from './code/validation/to-evidence-rows.js'
export {type ValidateCoderOptions, validateCoder} from './code/validation/validate-coder.js'
export {defaultCodebook} from './codebooks/default-codebook.js'
export {
  type ReadCodingsOptions,
  type ReadCodingsResult,
  readCodings
} from './codings/read-codings.js'
export {toCodings} from './codings/to-codings.js'
export {
  type CompareContributionsOptions,
  compareContributions,
  type SplitBy
} from './compare/compare-contributions.js'
export {type SelectedDocuments, selectDocuments} from './compare/select-documents.js'
export {consultations} from './consultations/consultations.js'
export {defaultFieldLabels} from './consultations/default-field-labels.js'
export {defaultMeetingNames} from './consultations/default-meeting-names.js'
export {
  type LoadConsultationsResult,
  loadConsultations
} from './consultations/load-consultations.js'
export {netmundial2014} from './consultations/netmundial-2014.js'
export {tunisAgenda} from './consultations/tunis-agenda.js'
export {wgec2013} from './consultations/wgec-2013.js'
export {wgec2016} from './consultations/wgec-2016.js'
export {type CountryMention, findCountry} from './countries/find-country.js'
export {regionalGroupOf} from './countries/regional-group-of.js'
export {regionalGroups} from './countries/regional-groups.js'
export {resolveCountry} from './countries/resolve-country.js'
export {type ResolvedRegion, resolveRegion} from './countries/resolve-region.js'
export {weighEvidence} from './evidence/weigh-evidence.js'
export {createGuid} from './exchange/create-guid.js'
export {type ReadQdeOptions, type ReadQdeResult, readQde} from './exchange/read-qde.js'
export {type ReadQdpxOptions, readQdpx} from './exchange/read-qdpx.js'
export {type PlainText, toPlainText} from './exchange/to-plain-text.js'
export {
  type QdeProject,
  type ToQdeOptions,
  toQde
} from './exchange/to-qde.js'
export {type ToQdpxOptions, toQdpx} from './exchange/to-qdpx.js'
export {type RuleArguments, type RuleId, rules} from './messages/rules.js'
export {findOutput} from './outputs/find-output.js'
export {findOutputForPath} from './outputs/find-output-for-path.js'
export type {
  CodedFile,
  CodingsOutputOptions,
  ComparisonOutputOptions,
  NoOutputOptions,
  Output,
  OutputKind,
  OutputKinds,
  ParsedFile
} from './outputs/output.js'
export {builtInOutputs} from './outputs/outputs.js'
export {type RenderOutputOptions, renderOutput} from './outputs/render-output.js'
export {
  type ParseContributionOptions,
  type ParseResult,
  parseContribution
} from './parse/parse-contribution.js'
export type {Reader, ReaderHead, ReaderInput, Reading} from './parse/readers/reader.js'
export {builtInReaders} from './parse/readers/readers.js'
export {type DecodedBytes, decodeBytes, type Encoding} from './parse/source/decode-bytes.js'
export type {Plugin} from './plugin/plugin.js'
export {referenceCodebook} from './provenance/reference-codebook.js'
export {version} from './provenance/version.js'
export {escapeLatex} from './render/escape-latex.js'
export {
  type ComparisonTable,
  type TableCell,
  type ToComparisonTableOptions,
  toComparisonTable
} from './render/to-comparison-table.js'
export {type ToCsvOptions, toCsv} from './render/to-csv.js'
export {toEvidenceCsv} from './render/to-evidence-csv.js'
export {type ToHtmlOptions, toHtml} from './render/to-html.js'
export {toJson} from './render/to-json.js'
export {type ToLatexOptions, toLatex} from './render/to-latex.js'
export {type ToMarkdownOptions, toMarkdown} from './render/to-markdown.js'
export {
  type ToValidationMarkdownOptions,
  toValidationMarkdown
} from './render/to-validation-markdown.js'
export {toValidationText} from './render/to-validation-text.js'
export {type ToReviewSheetOptions, toReviewSheet} from './review/to-review-sheet.js'
export {
  Agreement,
  AgreementScores,
  DimensionAgreement,
  Disagreement,
  UnmatchedCoding
} from './schema/agreement.js'
export {Answer} from './schema/answer.js'
export {Author} from './schema/author.js'
export {
  Block,
  Code,
  Heading,
  List,
  ListItem,
  Paragraph,
  Quote,
  Sentence,
  Table
} from './schema/block.js'
export {Citation} from './schema/citation.js'
export {Codebook, Cues, Dimension, Indicator, Instructions, Pole} from './schema/codebook.js'
export {CodebookReference, CodedContribution, CodedSet} from './schema/coded-contribution.js'
export {Coding} from './schema/coding.js'
export {
  Cell,
  CellProvenance,
  Comparison,
  Distribution,
  Excluded,
  Review,
  Row,
  Scale
} from './schema/comparison.js'
export {Consultation} from './schema/consultation.js'
export {ConsultationProfile, Instrument, Question} from './schema/consultation-profile.js'
export {Contribution} from './schema/contribution.js'
export {EvidenceRow} from './schema/evidence-row.js'
export {FieldName} from './schema/field-name.js'
export {Footnote} from './schema/footnote.js'
export {BuiltInFormat, Format} from './schema/format.js'
export {Header} from './schema/header.js'
export {Place, Point} from './schema/place.js'
export {Evidence, Position, RuleEvidence} from './schema/position.js'
export {Provenance} from './schema/provenance.js'
export {Reference} from './schema/reference.js'
export {RegionalGroup} from './schema/regional-group.js'
export {Source} from './schema/source.js'
export {StakeholderGroup} from './schema/stakeholder-group.js'
export {Submitter} from './schema/submitter.js'
export {toJsonSchema} from './schema/to-json-schema.js'
export {TrainedDimension, TrainedModel} from './schema/trained-model.js'
export {
  CellCount,
  ConfusionMatrix,
  DimensionValidation,
  Validation,
  ValidationDisagreement,
  ValidationEvidence
} from './schema/validation.js'
