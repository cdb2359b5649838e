// /console/unauthorized?error=access_denied: the Console's no-access page, outside the shell
// (PROVENANCE.md "unauthorized": identity-apps features/admin.core.v1/pages/errors/unauthorized.tsx @ad48afbe):
// an EmptyPlaceholder without a test id of its own (wrapper default "empty-placeholder"), title
// "You are not authorized", two subtitles, and a "Continue logout" link to /console/logout.
import { Link } from "react-router-dom";
import { LinkButton } from "../widgets/buttons.jsx";
import { EmptyPlaceholder } from "../widgets/text.jsx";

export function Unauthorized() {
    return (
        <EmptyPlaceholder
            data-testid="empty-placeholder"
            title="You are not authorized"
            subtitle={["It seems like you don't have permission to use this portal.", "Please sign in with a different account."]}
            action={<LinkButton as={Link} to="/logout">Continue logout</LinkButton>}
        />
    );
}
