/// A way a pair kept in touch.
public enum Channel: String, Sendable, CaseIterable {
    case email, video, chat, social, phone

    public var label: String {
        switch self {
        case .email: "E-mail"
        case .video: "Video calls"
        case .chat: "Chat"
        case .social: "Social media"
        case .phone: "Phone"
        }
    }
}
