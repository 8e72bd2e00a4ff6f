import { handleAnalysis, type AnalysisRequest } from './designAnalysis';

// A thin adapter: every request goes to the shared, tested handler.
self.onmessage = (e: MessageEvent<AnalysisRequest>) =>
  handleAnalysis(e.data, (m) => self.postMessage(m));
