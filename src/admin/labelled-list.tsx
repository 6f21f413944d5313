import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

/**
 * A column that screen readers announce as a list with its name, as the side panels show their findings, highlights
 * and citations; its children are the list items.
 */
export function LabelledList({ label, gap = 1, children }: { label: string; gap?: 1 | 2 | 3; children: React.ReactNode }) {
  return (
    <Flex direction="column" alignItems="stretch" gap={gap} role="list" aria-label={label}>
      {children}
    </Flex>
  );
}

/** One thing that must be fixed, on the red every panel uses for what blocks publishing. */
export function Finding({ children, more }: { children: React.ReactNode; more?: React.ReactNode }) {
  return (
    <Box role="listitem" background="danger100" padding={2} hasRadius>
      <Typography variant="pi" textColor="danger700">
        {children}
      </Typography>
      {more ? (
        <Typography tag="p" variant="pi" textColor="danger700">
          {more}
        </Typography>
      ) : null}
    </Box>
  );
}
