import { Component, type ReactNode } from 'react';
import { t } from '../i18n/i18n';

/** Keeps one failing view from blanking the window; shows its error and a way to try again. */
export class PaneErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="pane-message" role="alert">
        <p>{t('shell.pane.failed', { message: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('shell.pane.retry')}
        </button>
      </div>
    );
  }
}
