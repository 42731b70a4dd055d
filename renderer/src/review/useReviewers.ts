// Reviewers who have worked on this file (for assignment), loaded when a claim panel opens.
import { useEffect, useState } from 'react';
import { api } from '../shared/api';

export function useReviewers(me: string | null): string[] {
  const [reviewers, setReviewers] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    api()
      .listReviewers({})
      .then(
        (list) => {
          if (current) setReviewers(list);
        },
        // The list only fills a select; the current assignee and "me" are offered regardless.
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [me]);
  return reviewers;
}
