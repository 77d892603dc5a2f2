import { createContext, type ReactNode, useContext } from 'react';
import type { RegisterApi } from '../../api/registerApi';

const RegisterApiContext = createContext<RegisterApi | undefined>(undefined);

export function RegisterApiProvider({ api, children }: { api: RegisterApi; children: ReactNode }) {
  return <RegisterApiContext.Provider value={api}>{children}</RegisterApiContext.Provider>;
}

export function useRegisterApi(): RegisterApi {
  const api = useContext(RegisterApiContext);
  if (!api) throw new Error('useRegisterApi must be used inside <RegisterApiProvider>');
  return api;
}
