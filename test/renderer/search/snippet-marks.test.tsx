import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { snippetWithMarks } from '../../../renderer/src/search/snippet-marks';

describe('search snippets', () => {
  it('wraps matches between U+E000 and U+E001 in <mark> and drops stray markers', () => {
    const { container } = render(<p>{snippetWithMarks('…tenaga \uE000honorer\uE001 di \uE000puskesmas\uE001 yang \uE000terpot')}</p>);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['honorer', 'puskesmas']);
    expect(container.textContent).toBe('…tenaga honorer di puskesmas yang terpot');
  });
});

