// Shows an error from the core in the officer's language, with field messages when present.
import { Alert, List } from '@mantine/core';
import type { ApiError, FieldIssue } from '../../../shared/api';
import { useLocalized } from '../i18n/useT';

function issuesOf(error: ApiError): FieldIssue[] {
  const details = error.details as { issues?: FieldIssue[] } | undefined;
  return Array.isArray(details?.issues) ? details.issues : [];
}

export function ErrorAlert({ error, onClose }: { error: ApiError; onClose?: () => void }) {
  const pick = useLocalized();
  const issues = issuesOf(error);
  return (
    <Alert color="red" role="alert" withCloseButton={!!onClose} onClose={onClose} data-error-code={error.code}>
      {pick(error.message)}
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.map((issue, i) => (
            <List.Item key={i}>
              {issue.path.length ? `${issue.path.join('.')}: ` : ''}
              {pick(issue.message)}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
