internal import CICU

/// An ICU normalizer (unorm2) over UTF-8. The instance belongs to ICU and is never freed.
struct ICUNormalizer: @unchecked Sendable {
    enum Form { case nfc, nfkc, nfkcCasefold }

    private let handle: UnsafeRawPointer
    private let cForm: cicu_form

    init(_ form: Form) throws(NormalizationError) {
        var status: Int32 = 0
        let cForm: cicu_form = switch form {
        case .nfc: CICU_FORM_NFC
        case .nfkc: CICU_FORM_NFKC
        case .nfkcCasefold: CICU_FORM_NFKC_CASEFOLD
        }
        guard let handle = cicu_normalizer(cForm, &status), status <= 0 else {
            throw NormalizationError(message: "ICU could not open the \(form) normalizer (status \(status))")
        }
        self.handle = handle
        self.cForm = cForm
    }

    func isNormalized(_ text: ArraySlice<UInt8>) throws(NormalizationError) -> Bool {
        var status: Int32 = 0
        let result = text.withUnsafeBufferPointer { buffer in
            cicu_is_normalized_utf8(handle, buffer.baseAddress, Int32(buffer.count), &status)
        }
        if status > 0 { throw NormalizationError(message: "ICU normalization check failed (status \(status))") }
        return result != 0
    }

    func normalize(_ text: ArraySlice<UInt8>) throws(NormalizationError) -> [UInt8] {
        var capacity = text.count * 3 + 16
        while true {
            var status: Int32 = 0
            var output = [UInt8](repeating: 0, count: capacity)
            let needed = text.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { destination in
                    cicu_normalize_utf8(handle, source.baseAddress, Int32(source.count),
                                        destination.baseAddress, Int32(capacity), &status)
                }
            }
            if status > 0 { throw NormalizationError(message: "ICU normalization failed (status \(status))") }
            if Int(needed) <= capacity {
                output.removeLast(capacity - Int(needed))
                return output
            }
            capacity = Int(needed)
        }
    }

    /// Quick check Yes and combining class 0: a text of only such scalars is in this form.
    func isQuickYes(_ scalar: UInt32) -> Bool {
        cicu_is_quick_yes(handle, cForm, Int32(bitPattern: scalar)) != 0
    }

    func hasBoundaryBefore(_ scalar: UInt32) -> Bool {
        cicu_has_boundary_before(handle, Int32(bitPattern: scalar)) != 0
    }
}
